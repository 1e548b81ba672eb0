package org.ossvalue.flink.internal;

import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.jspecify.annotations.Nullable;

/**
 * One piece of a partitioned inventory: a route (an element, extra node or connection id to the
 * unit it belongs to; no unit when it left the inventory) or a unit's model (none when the unit
 * vanished). Keyed by {@link #key}.
 */
public final class InventoryUpdate {

  final boolean route;
  final String key;
  final @Nullable String unit;
  final @Nullable UnitModel model;

  private InventoryUpdate(
      boolean route, String key, @Nullable String unit, @Nullable UnitModel model) {
    this.route = route;
    this.key = key;
    this.unit = unit;
    this.model = model;
  }

  static InventoryUpdate route(String id, @Nullable String unit) {
    return new InventoryUpdate(true, id, unit, null);
  }

  static InventoryUpdate unit(String unit, @Nullable UnitModel model) {
    return new InventoryUpdate(false, unit, unit, model);
  }

  /** The key: the element id for a route, the unit id for a model. */
  public String key() {
    return key;
  }

  /** Whether this is a route. */
  public boolean isRoute() {
    return route;
  }

  @Override
  public String toString() {
    return route
        ? "route " + key + " -> " + unit
        : "unit " + key + (model == null ? " (gone)" : "");
  }

  /** Writes updates. */
  public enum CodecImpl implements Codec<InventoryUpdate> {
    /** The codec. */
    INSTANCE;

    @Override
    public Class<InventoryUpdate> type() {
      return InventoryUpdate.class;
    }

    @Override
    public void write(InventoryUpdate u, DataOutputView out) throws IOException {
      out.writeBoolean(u.route);
      out.writeUTF(u.key);
      if (u.route) {
        Io.writeNullable(u.unit, out);
      } else {
        out.writeBoolean(u.model != null);
        if (u.model != null) {
          UnitModel.CodecImpl.INSTANCE.write(u.model, out);
        }
      }
    }

    @Override
    public InventoryUpdate read(DataInputView in) throws IOException {
      boolean route = in.readBoolean();
      String key = in.readUTF();
      if (route) {
        return route(key, Io.readNullable(in));
      }
      return unit(key, in.readBoolean() ? UnitModel.CodecImpl.INSTANCE.read(in) : null);
    }
  }
}
