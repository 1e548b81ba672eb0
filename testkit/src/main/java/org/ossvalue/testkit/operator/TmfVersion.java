package org.ossvalue.testkit.operator;

/** Which TM Forum Open API release's shapes to write. */
public enum TmfVersion {
  /**
   * The v4 (R19.5) shapes: flat {@code relatedParty}, {@code agreement}, integer alarm ids, {@code
   * orderDate}, {@code statusChange}, {@code type} on billing rates, {@code timeOcurred}.
   */
  V4,
  /**
   * The v5 shapes: {@code relatedParty[].partyOrPartyRole}, {@code agreementItem}, string alarm
   * ids, {@code creationDate}, {@code relatedEntity[].entity}, {@code statusChangeHistory}, {@code
   * appliedBillingRateType}, {@code timeOccurred}, {@code @type} on every object.
   */
  V5
}
