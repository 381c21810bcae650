package org.mplus.tck.mock;

/** A fault that is switched on, with the id that switches it off. */
public record ActiveFault(String id, Fault fault) {
}
