package org.ossvalue.flink.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Cause;
import org.ossvalue.core.Connection;
import org.ossvalue.core.Money;
import org.ossvalue.core.RecurringCharge;
import org.ossvalue.core.Severity;
import org.ossvalue.core.topology.CombinationRule;
import org.ossvalue.core.topology.Topology;
import org.ossvalue.flink.Inventory;

/** Topology units, inventory diffs, and the serializers' round trips. */
class PartitionerTest {

  private static Connection connection(String id, String by) {
    return Connection.builder()
        .id(id)
        .account("A")
        .addRealizedBy(by)
        .addRecurringCharges(RecurringCharge.monthly(Money.of("10.00", "EUR")))
        .activation(Instant.parse("2025-01-01T00:00:00Z"))
        .build();
  }

  private static Inventory inventory(boolean sharedCore) {
    Topology.Builder t =
        Topology.builder()
            .resource("AGG-1")
            .resource("AGG-2")
            .resource("ONT-1")
            .resource("ONT-2")
            .service("S1", "AGG-1", "ONT-1")
            .service(
                "S2",
                CombinationRule.weightedMean(Map.of("AGG-2", new BigDecimal("2"))),
                "AGG-2",
                "ONT-2");
    if (sharedCore) {
      t.resource("CORE").supports("CORE", "AGG-1").supports("CORE", "AGG-2");
    }
    return Inventory.of(
        t.build(),
        List.of(connection("C1", "S1"), connection("C2", "S2"), connection("C3", "X9")),
        List.of());
  }

  private static Map<String, String> routes(List<InventoryUpdate> updates) {
    Map<String, String> routes = new TreeMap<>();
    for (InventoryUpdate u : updates) {
      if (u.isRoute()) {
        routes.put(u.key, u.unit);
      }
    }
    return routes;
  }

  @Test
  void unitsAreTheConnectedComponentsNamedAfterTheirSmallestId() {
    Partitioner p = new Partitioner();
    List<InventoryUpdate> first = p.updates(inventory(false));
    Map<String, String> routes = routes(first);
    assertEquals("unit:AGG-1", routes.get("C1"));
    assertEquals("unit:AGG-1", routes.get("ONT-1"));
    assertEquals("unit:AGG-2", routes.get("S2"));
    assertEquals("unit:C3", routes.get("X9"), "an element only a connection names is a unit");
    assertEquals(3, first.stream().filter(u -> !u.isRoute()).count());

    // the same inventory again: nothing to send
    assertEquals(List.of(), p.updates(inventory(false)));

    // a shared core joins both regions into one unit; only what changed is sent
    List<InventoryUpdate> second = p.updates(inventory(true));
    Map<String, String> moved = routes(second);
    assertEquals("unit:AGG-1", moved.get("AGG-2"));
    assertEquals("unit:AGG-1", moved.get("CORE"));
    assertTrue(!moved.containsKey("C1"), "C1 stays where it was");
    TreeSet<String> units = new TreeSet<>();
    second.stream()
        .filter(u -> !u.isRoute())
        .forEach(u -> units.add(u.key + (u.model == null ? " gone" : "")));
    assertEquals(new TreeSet<>(List.of("unit:AGG-1", "unit:AGG-2 gone")), units);
  }

  @Test
  void aUnitModelRebuildsTheSameTopology() throws IOException {
    Inventory inv = inventory(true);
    UnitModel m = Partitioner.partition(inv).models.get("unit:AGG-1");
    Topology t = m.topology();
    assertEquals(inv.topology().supportersOf("S2"), t.supportersOf("S2"));
    assertEquals(inv.topology().rule("S2").toString(), t.rule("S2").toString());
    UnitModel back = roundTrip(new CodecSerializer<>(UnitModel.CodecImpl.INSTANCE), m);
    assertEquals(m.hash, back.hash);
    assertEquals(m.connections, back.connections);
    Inventory again = roundTrip(new CodecSerializer<>(OutputCodecs.InventoryCodec.INSTANCE), inv);
    assertEquals(inv.connections(), again.connections());
    assertEquals(inv.topology().elements(), again.topology().elements());
  }

  @Test
  void rulesThatCannotTravelAreRefused() {
    CombinationRule custom = (ids, ds) -> CombinationRule.allRequired().combine(ids, ds);
    Inventory inv =
        Inventory.of(
            Topology.builder().resource("R").service("S", custom, "R").build(),
            List.of(),
            List.of());
    assertThrows(IllegalArgumentException.class, () -> new Partitioner().updates(inv));
  }

  @Test
  void causeUpdatesSurviveTheirSerializerAndItsSnapshot() throws IOException {
    Cause cause =
        Cause.alarm("7001")
            .element("AGG-1")
            .severity(Severity.CRITICAL)
            .planned(true)
            .raised(Instant.parse("2025-03-04T02:10:00.123456789Z"))
            .build();
    CauseUpdate u =
        new CauseUpdate(
            "AGG-1",
            "unit:AGG-1",
            "alarm:7001",
            cause,
            3,
            "E1",
            "AlarmCreateEvent",
            Instant.EPOCH,
            true);
    CodecSerializer<CauseUpdate> s = new CodecSerializer<>(CauseUpdate.CodecImpl.INSTANCE);
    CauseUpdate back = roundTrip(s, u);
    assertEquals(cause, back.cause);
    assertEquals(3, back.seq);
    assertTrue(back.migration);

    DataOutputSerializer out = new DataOutputSerializer(64);
    TypeSerializerSnapshot.writeVersionedSnapshot(out, s.snapshotConfiguration());
    TypeSerializerSnapshot<CauseUpdate> read =
        TypeSerializerSnapshot.readVersionedSnapshot(
            new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());
    TypeSerializer<CauseUpdate> restored = read.restoreSerializer();
    assertEquals(s, restored);
    assertTrue(s.snapshotConfiguration().resolveSchemaCompatibility(read).isCompatibleAsIs());
  }

  @Test
  void bigAmountsAndLongDecimalsRoundTrip() throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(64);
    List<BigDecimal> values =
        new ArrayList<>(
            List.of(
                new BigDecimal("0.00000000000000000001"),
                new BigDecimal("123456789012345678901234567890.12"),
                new BigDecimal("-5.5")));
    for (BigDecimal v : values) {
      Io.writeDecimal(v, out);
    }
    DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
    for (BigDecimal v : values) {
      assertEquals(v, Io.readDecimal(in));
    }
  }

  private static <T> T roundTrip(TypeSerializer<T> s, T value) throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(256);
    s.serialize(value, out);
    return s.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
  }
}
