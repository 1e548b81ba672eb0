package org.ossvalue.tmf;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.ossvalue.core.Severity;

/** The report value types: equality by value, no nulls accepted. */
class ValueTypesTest {

  private static Rejection rejection(String field) {
    return Rejection.builder()
        .file("product.json")
        .index(3)
        .id("P-9")
        .field(field)
        .reason("must be >= 0")
        .build();
  }

  @Test
  void reportTypesCompareByValue() {
    new EqualsTester()
        .addEqualityGroup(rejection("a"), rejection("a"))
        .addEqualityGroup(rejection("b"))
        .testEquals();
    FileReport.Builder f =
        FileReport.builder()
            .file("alarm.json")
            .kind(TmfKind.ALARM)
            .read(2)
            .accepted(1)
            .rejected(1)
            .duplicates(0)
            .warnings(0);
    new EqualsTester()
        .addEqualityGroup(f.build(), f.build())
        .addEqualityGroup(f.warnings(1).build())
        .testEquals();
    TmfAlarm a =
        TmfAlarm.builder()
            .id("1")
            .element("R")
            .raised(Instant.EPOCH)
            .severity(Severity.MAJOR)
            .build();
    new EqualsTester()
        .addEqualityGroup(a, TmfAlarm.builder().from(a).build())
        .addEqualityGroup(TmfAlarm.builder().from(a).planned(true).build())
        .testEquals();
  }

  @Test
  void publicMethodsRefuseNulls() {
    NullPointerTester t = new NullPointerTester();
    t.testAllPublicInstanceMethods(rejection("a"));
    t.testAllPublicStaticMethods(TmfKind.class);
    t.testAllPublicInstanceMethods(TmfReader.lenient());
    t.testAllPublicInstanceMethods(Rejection.builder());
    t.testAllPublicInstanceMethods(TmfReader.builder());
  }
}
