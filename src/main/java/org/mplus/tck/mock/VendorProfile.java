package org.mplus.tck.mock;

/**
 * Who a vendor model is on the wire.
 *
 * @param vendor          its catalog code ("ronglian", "xianwei")
 * @param transformerName the WireMock transformer name its stubs use to hand requests to the model
 * @param successCode     the code a successful answer carries ("000000", "0")
 */
public record VendorProfile(String vendor, String transformerName, String successCode) {
}
