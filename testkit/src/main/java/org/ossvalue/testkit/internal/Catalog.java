package org.ossvalue.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.ossvalue.core.Money;

/** Offerings, price levels, tax rates and names of the synthetic operator. */
final class Catalog {

  private Catalog() {}

  /** What a connection is technically. */
  enum Access {
    FIXED,
    MOBILE,
    VOICE
  }

  /** One product offering. */
  record Offering(
      String id,
      String name,
      String segment,
      long baseCents,
      boolean yearly,
      long installCents,
      long usageCentsPerGb,
      Access access,
      int bandwidthMbps,
      int weight,
      int leadDays) {}

  static final List<Offering> RESIDENTIAL =
      List.of(
          new Offering(
              "PO-HOME-FIBRE-100",
              "Home Fibre 100",
              "residential",
              2999,
              false,
              0,
              0,
              Access.FIXED,
              100,
              35,
              10),
          new Offering(
              "PO-HOME-FIBRE-500",
              "Home Fibre 500",
              "residential",
              4499,
              false,
              0,
              0,
              Access.FIXED,
              500,
              25,
              10),
          new Offering(
              "PO-HOME-FIBRE-1G",
              "Home Fibre 1G",
              "residential",
              5999,
              false,
              0,
              0,
              Access.FIXED,
              1000,
              10,
              10),
          new Offering(
              "PO-MOBILE-20GB",
              "Mobile 20 GB",
              "residential",
              1999,
              false,
              0,
              50,
              Access.MOBILE,
              0,
              20,
              3),
          new Offering(
              "PO-HOME-VOICE",
              "Home Voice",
              "residential",
              999,
              false,
              0,
              0,
              Access.VOICE,
              0,
              10,
              10));

  static final List<Offering> SMB =
      List.of(
          new Offering(
              "PO-BI-300",
              "Business Internet 300M",
              "smb",
              8990,
              false,
              9900,
              0,
              Access.FIXED,
              300,
              40,
              15),
          new Offering(
              "PO-BV-10",
              "Business Voice 10 channels",
              "smb",
              5900,
              false,
              0,
              0,
              Access.VOICE,
              0,
              25,
              15),
          new Offering(
              "PO-BF-1G-SO",
              "Business Fibre 1G Small Office",
              "smb",
              19900,
              false,
              19900,
              0,
              Access.FIXED,
              1000,
              20,
              15),
          new Offering(
              "PO-MOBILE-BIZ-50",
              "Business Mobile 50 GB",
              "smb",
              3490,
              false,
              0,
              40,
              Access.MOBILE,
              0,
              15,
              5));

  static final List<Offering> ENTERPRISE =
      List.of(
          new Offering(
              "PO-BF-1G",
              "Business Fibre 1G",
              "enterprise",
              45000,
              false,
              30000,
              0,
              Access.FIXED,
              1000,
              30,
              30),
          new Offering(
              "PO-SDWAN-100",
              "SD-WAN Site Link 100M",
              "enterprise",
              32000,
              false,
              0,
              0,
              Access.FIXED,
              100,
              30,
              30),
          new Offering(
              "PO-MPLS-100",
              "MPLS Port 100M",
              "enterprise",
              78000,
              false,
              50000,
              0,
              Access.FIXED,
              100,
              20,
              45),
          new Offering(
              "PO-DIA-10G",
              "Dedicated Internet 10G",
              "enterprise",
              240000,
              false,
              100000,
              0,
              Access.FIXED,
              10000,
              10,
              60),
          new Offering(
              "PO-MPLS-1G-Y",
              "MPLS Port 1G (annual)",
              "enterprise",
              540000,
              true,
              0,
              0,
              Access.FIXED,
              1000,
              10,
              45));

  static List<Offering> offerings(String segment) {
    return switch (segment) {
      case "residential" -> RESIDENTIAL;
      case "smb" -> SMB;
      default -> ENTERPRISE;
    };
  }

  /** Price level of a currency against EUR. */
  private static final Map<String, Double> FACTORS =
      Map.ofEntries(
          Map.entry("EUR", 1.0),
          Map.entry("GBP", 0.86),
          Map.entry("CHF", 0.94),
          Map.entry("USD", 1.08),
          Map.entry("SEK", 11.4),
          Map.entry("NOK", 11.6),
          Map.entry("DKK", 7.46),
          Map.entry("PLN", 4.3),
          Map.entry("CZK", 25.0),
          Map.entry("HUF", 395.0),
          Map.entry("JPY", 162.0));

  /** VAT in percent. */
  private static final Map<String, BigDecimal> TAX =
      Map.ofEntries(
          Map.entry("EUR", new BigDecimal("19")),
          Map.entry("GBP", new BigDecimal("20")),
          Map.entry("CHF", new BigDecimal("8.1")),
          Map.entry("USD", new BigDecimal("0")),
          Map.entry("SEK", new BigDecimal("25")),
          Map.entry("NOK", new BigDecimal("25")),
          Map.entry("DKK", new BigDecimal("25")),
          Map.entry("PLN", new BigDecimal("23")),
          Map.entry("CZK", new BigDecimal("21")),
          Map.entry("HUF", new BigDecimal("27")),
          Map.entry("JPY", new BigDecimal("10")));

  static BigDecimal taxRate(Currency currency) {
    return TAX.getOrDefault(currency.getCurrencyCode(), new BigDecimal("20"));
  }

  /**
   * An exact price in a currency: EUR cents × the currency's price level × a factor, rounded to the
   * currency's minor unit (the doubles only draw the amount; the result is an exact decimal).
   */
  static Money price(long eurCents, double factor, Currency currency) {
    double level = FACTORS.getOrDefault(currency.getCurrencyCode(), 1.0);
    int digits = Money.minorUnitDigits(currency);
    double minorUnits = eurCents * level * factor * StrictMath.pow(10, digits - 2);
    long units = Math.max(1, Math.round(minorUnits));
    return Money.of(BigDecimal.valueOf(units, digits), currency);
  }

  /** The tax-included amount of a net amount, rounded half-even to the minor unit. */
  static Money withTax(Money net) {
    BigDecimal rate = taxRate(net.currency());
    BigDecimal gross = net.amount().multiply(BigDecimal.ONE.add(rate.movePointLeft(2)));
    return Money.of(
        gross.setScale(Money.minorUnitDigits(net.currency()), RoundingMode.HALF_EVEN),
        net.currency());
  }

  private static final String[] FIRST = {
    "Anna", "Ben", "Clara", "David", "Elif", "Finn", "Greta", "Hugo", "Ines", "Jonas", "Katja",
    "Liam", "Mia", "Noah", "Olga", "Paul", "Quentin", "Rosa", "Sami", "Tara", "Uwe", "Vera",
    "Wim", "Yara", "Zoe"
  };
  private static final String[] LAST = {
    "Fischer",
    "Meyer",
    "Weber",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Koch",
    "Richter",
    "Klein",
    "Wolf",
    "Brown",
    "Taylor",
    "Evans",
    "Wilson",
    "Dubois",
    "Martin",
    "Rossi",
    "Novak",
    "Jensen",
    "Berg",
    "Keller",
    "Huber",
    "Moser",
    "Frei"
  };
  private static final String[] STEM = {
    "Alpen", "Nord", "Sonnen", "Rhein", "Harbour", "Oak", "Bright", "Silver", "Blue", "Cedar",
    "Falken", "Linden", "Stone", "River", "Summit", "Lumen", "Iron", "Maple", "Vista", "Aurora"
  };
  private static final String[] TRADE = {
    "blick Hotels", "tech Systems", " Logistics", " Care", " Bakery", " Dental", " Motors",
    " Consulting", " Engineering", " Foods", " Pharma", " Retail", " Studios", " Legal",
    " Architects", " Energy"
  };

  static String personName(long key) {
    return FIRST[(int) Math.floorMod(key, (long) FIRST.length)]
        + " "
        + LAST[(int) Math.floorMod(key / FIRST.length, (long) LAST.length)];
  }

  static String companyName(long key, Currency currency) {
    String form =
        switch (currency.getCurrencyCode()) {
          case "GBP" -> " Ltd";
          case "CHF" -> " AG";
          case "EUR" -> " GmbH";
          case "USD" -> " Inc.";
          default -> " AB";
        };
    return STEM[(int) Math.floorMod(key, (long) STEM.length)]
        + TRADE[(int) Math.floorMod(key / STEM.length, (long) TRADE.length)]
        + form;
  }
}
