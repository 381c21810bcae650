package org.mplus.tck.report;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** junit.xml held to the schema Jenkins' xunit plugin validates JUnit reports against (src/test/resources/xsd). */
public final class JUnitSchema {

    private JUnitSchema() {
    }

    /** Every way the file breaks the schema, "line N: what", or none. */
    public static List<String> problems(Path junitXml) throws IOException, SAXException {
        URL xsd = JUnitSchema.class.getResource("/xsd/junit-10.xsd");
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd)
                .newValidator();
        List<String> problems = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(junitXml.toFile()));
        return problems;
    }
}
