package org.mplus.tck.mock;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Who exists on the mock vendors: users, groups and vendor credentials. Reads see one consistent snapshot
 * without locking; additions swap in a new one.
 */
public final class AccountDirectory {

    private final Fixture base;
    private final AtomicReference<Fixture> current;

    AccountDirectory(Fixture base) {
        if (base.signedInUser().isEmpty()) {
            throw new IllegalArgumentException("the fixture names no signedInUser");
        }
        this.base = base;
        this.current = new AtomicReference<>(base);
    }

    public Fixture snapshot() {
        return current.get();
    }

    /** The user the mock client is signed in as (zhangsan in the demo fixture). */
    public User signedInUser() {
        Fixture f = current.get();
        String account = f.signedInUser().orElseThrow();
        return user(account).orElse(new User(account, account));
    }

    public Optional<User> user(String account) {
        return current.get().users().stream().filter(u -> u.account().equals(account)).findFirst();
    }

    public Optional<Group> group(String groupId) {
        return current.get().groups().stream().filter(g -> g.groupId().equals(groupId)).findFirst();
    }

    /** The vendor's credential whose {@code field} is {@code value}, if any. */
    public Optional<Credential> credential(String vendorCode, String field, String value) {
        return current.get().credentials(vendorCode).stream().filter(c -> c.get(field).equals(value)).findFirst();
    }

    /** Adds accounts; one with an id already known replaces it. */
    public void add(Fixture more) {
        current.updateAndGet(f -> f.plus(more));
    }

    /** Adds accounts given in the shape of fixture.json; bad JSON is an IllegalArgumentException. */
    public void add(String fixtureJson) {
        add(Fixture.parse(fixtureJson, base.parts()));
    }

    public void addUser(User user) {
        add(Fixture.accounts(List.of(user), List.of()));
    }

    public void addGroup(Group group) {
        add(Fixture.accounts(List.of(), List.of(group)));
    }

    /** Back to the fixture the server started with. */
    void reset() {
        current.set(base);
    }
}
