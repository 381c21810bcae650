package org.mplus.tck.mock;

import java.util.List;

/** An IM group, the same on both vendors; ids look like 容联云's (gg + digits). */
public record Group(String groupId, String name, String owner, List<String> members) {

    public Group {
        members = List.copyOf(members);
    }

    public boolean hasMember(String account) {
        return members.contains(account);
    }
}
