package org.mplus.tck.mock;

/** Whether a message went to one user or to a group. */
public enum ChatType {
    USER,
    GROUP
}
