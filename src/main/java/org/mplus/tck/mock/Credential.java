package org.mplus.tck.mock;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One vendor credential of the fixture: its fields, in the order its {@link CredentialsPart} lists them. */
public record Credential(Map<String, String> fields) {

    public Credential {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The field's value; a field the vendor's part does not list is a bug of its plug-in. */
    public String get(String field) {
        String value = fields.get(field);
        if (value == null) {
            throw new IllegalArgumentException("a credential has no field " + field + ", only " + fields.keySet());
        }
        return value;
    }

    /** As JSON: the fields alone, as fixture.json writes them. */
    @JsonValue
    Map<String, String> json() {
        return fields;
    }
}
