package org.mplus.tck.mock;

import java.util.List;

/**
 * Where a vendor's credentials sit in fixture.json, {@code {"<vendor code>": {"<list>": [{field: text, …}]}}}, and
 * what each holds.
 *
 * @param list   the name of the list under the vendor's code ("accounts", "apps")
 * @param fields the fields every entry must give, as non-empty strings; the first names the entry (an added entry
 *               with a known first field replaces it)
 */
public record CredentialsPart(String list, List<String> fields) {

    public CredentialsPart {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a credential has at least the field that names it");
        }
    }

    /** The field that names an entry. */
    public String idField() {
        return fields.get(0);
    }
}
