package org.ossvalue.flink.internal;

import java.io.IOException;
import java.util.Objects;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * A Flink serializer for immutable values written by a {@link Codec}: no Kryo, no reflection. The
 * values are immutable, so copies are the values themselves.
 */
public final class CodecSerializer<T> extends TypeSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final Codec<T> codec;

  /** A serializer writing with this codec (an enum singleton). */
  public CodecSerializer(Codec<T> codec) {
    if (!(codec instanceof Enum<?>)) {
      throw new IllegalArgumentException("codec must be an enum singleton, was " + codec);
    }
    this.codec = codec;
  }

  /** The codec. */
  public Codec<T> codec() {
    return codec;
  }

  @Override
  public boolean isImmutableType() {
    return true;
  }

  @Override
  public TypeSerializer<T> duplicate() {
    return this;
  }

  @Override
  public T createInstance() {
    throw new UnsupportedOperationException(codec.type().getSimpleName() + " has no empty value");
  }

  @Override
  public T copy(T from) {
    return from;
  }

  @Override
  public T copy(T from, T reuse) {
    return from;
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public void serialize(T record, DataOutputView target) throws IOException {
    codec.write(record, target);
  }

  @Override
  public T deserialize(DataInputView source) throws IOException {
    return codec.read(source);
  }

  @Override
  public T deserialize(T reuse, DataInputView source) throws IOException {
    return codec.read(source);
  }

  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    codec.write(codec.read(source), target);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CodecSerializer<?> that && that.codec == codec;
  }

  @Override
  public int hashCode() {
    return codec.getClass().getName().hashCode();
  }

  @Override
  public TypeSerializerSnapshot<T> snapshotConfiguration() {
    return new Snapshot<>(codec);
  }

  @Override
  public String toString() {
    return "CodecSerializer(" + codec.type().getSimpleName() + ")";
  }

  /** Names the codec's enum class; a savepoint restores the same codec by that name. */
  public static final class Snapshot<T> implements TypeSerializerSnapshot<T> {
    private static final int VERSION = 1;

    private Codec<T> codec;

    /** For Flink, which reads the snapshot after creating it. */
    @SuppressWarnings("unchecked")
    public Snapshot() {
      this.codec = (Codec<T>) PlaceholderCodec.INSTANCE;
    }

    Snapshot(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public int getCurrentVersion() {
      return VERSION;
    }

    @Override
    public void writeSnapshot(DataOutputView out) throws IOException {
      out.writeUTF(codec.getClass().getName());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void readSnapshot(int readVersion, DataInputView in, ClassLoader userCodeClassLoader)
        throws IOException {
      String name = in.readUTF();
      try {
        Class<?> c = Class.forName(name, true, userCodeClassLoader);
        Object[] constants = Objects.requireNonNull(c.getEnumConstants(), name);
        this.codec = (Codec<T>) constants[0];
      } catch (ClassNotFoundException e) {
        throw new IOException(
            "codec " + name + " of a serializer snapshot is not on the classpath", e);
      }
    }

    @Override
    public TypeSerializer<T> restoreSerializer() {
      return new CodecSerializer<>(codec);
    }

    @Override
    public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(
        TypeSerializerSnapshot<T> oldSerializerSnapshot) {
      if (oldSerializerSnapshot instanceof Snapshot<T> old
          && old.codec.getClass().equals(codec.getClass())) {
        return TypeSerializerSchemaCompatibility.compatibleAsIs();
      }
      return TypeSerializerSchemaCompatibility.incompatible();
    }
  }

  /** Stands in until a snapshot is read. */
  private enum PlaceholderCodec implements Codec<Object> {
    INSTANCE;

    @Override
    public Class<Object> type() {
      return Object.class;
    }

    @Override
    public void write(Object value, DataOutputView out) {
      throw new IllegalStateException("serializer snapshot not read yet");
    }

    @Override
    public Object read(DataInputView in) {
      throw new IllegalStateException("serializer snapshot not read yet");
    }
  }
}
