package io.openrcm.code.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import io.openrcm.platform.problem.Violation;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a resource against the base FHIR R4 definitions before it is mapped: HAPI's R4 model reads it strictly
 * (unknown elements, values of the wrong type or outside a required code list), then the official R4 schema
 * (fhir-single.xsd of hapi-fhir-validation-resources-r4: cardinalities, order, types) judges its XML form. Every
 * issue comes with the FHIRPath of the element. (HAPI's full instance validator, hapi-fhir-validation, is not served
 * by the registry this project builds from; the schema holds the same cardinalities and types.)
 */
public final class FhirR4Check {

    private static final String SCHEMA = "/org/hl7/fhir/r4/model/schema/fhir-single.xsd";
    /** Elements that repeat in the resources taken here: their FHIRPath carries an index. */
    private static final Set<String> REPEATING = Set.of("item", "diagnosis", "insurance", "careTeam", "supportingInfo",
            "procedure", "modifier", "coding", "identifier", "contained", "diagnosisSequence", "extension", "detail",
            "name", "given", "address", "line", "payor", "telecom");

    private FhirR4Check() {
    }

    /** The parsed resource and what is wrong with it (empty when it conforms). */
    public record Checked<T extends IBaseResource>(T resource, List<Violation> issues) {
    }

    /** Parses the JSON as that resource type and checks it; a text that is no such resource is an issue at "". */
    public static <T extends IBaseResource> Checked<T> check(FhirContext fhir, Class<T> type, String json) {
        List<Violation> issues = new ArrayList<>();
        IParser parser = fhir.newJsonParser().setParserErrorHandler(new Collecting(fhir.getResourceType(type),
                json, issues));
        T resource;
        try {
            resource = parser.parseResource(type, json);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
            issues.add(new Violation(fhir.getResourceType(type), "is not a FHIR R4 " + fhir.getResourceType(type)
                    + " in JSON: " + firstLine(e)));
            return new Checked<>(null, issues);
        }
        String xml = fhir.newXmlParser().setPrettyPrint(true).encodeResourceToString(resource);
        issues.addAll(againstSchema(xml));
        return new Checked<>(resource, issues);
    }

    private static List<Violation> againstSchema(String xml) {
        List<SAXParseException> errors = new ArrayList<>();
        try {
            Validator validator = Holder.SCHEMA.newValidator();
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e);
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e);
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | java.io.IOException e) {
            return List.of(new Violation("", "could not be checked against the R4 schema: " + firstLine(e)));
        }
        if (errors.isEmpty()) {
            return List.of();
        }
        TreeMap<Integer, String> paths = pathsByLine(xml);
        List<Violation> issues = new ArrayList<>();
        for (SAXParseException e : errors) {
            var at = paths.floorEntry(e.getLineNumber());
            String path = at == null ? "" : at.getValue();
            if (e.getMessage() != null && e.getMessage().startsWith("cvc-complex-type.2.4.a")
                    && path.lastIndexOf('.') > 0) {
                // Reported at the element after the one missing or misplaced: the issue is its parent's content.
                path = path.substring(0, path.lastIndexOf('.'));
            }
            issues.add(new Violation(path, schemaMessage(e.getMessage())));
        }
        return issues;
    }

    /** cvc-complex-type.2.4.b: The content of element 'Claim' is not complete. One of '{...}' is expected. */
    private static String schemaMessage(String message) {
        return "breaks the R4 schema: " + message.replace("\"http://hl7.org/fhir\":", "");
    }

    /** The FHIRPath of the element opened or closed on each line of the pretty-printed XML. */
    private static TreeMap<Integer, String> pathsByLine(String xml) {
        TreeMap<Integer, String> paths = new TreeMap<>();
        try {
            XMLStreamReader r = XMLInputFactory.newFactory().createXMLStreamReader(new StringReader(xml));
            Deque<String> path = new ArrayDeque<>();
            Deque<Map<String, Integer>> siblings = new ArrayDeque<>();
            siblings.push(new HashMap<>());
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    int index = siblings.peek().merge(name, 1, Integer::sum) - 1;
                    boolean resourceInContainer = !path.isEmpty() && Character.isUpperCase(name.charAt(0));
                    String step = path.isEmpty() ? name : resourceInContainer ? path.peek() : path.peek() + "." + name
                            + (REPEATING.contains(name) ? "[" + index + "]" : "");
                    path.push(step);
                    siblings.push(new HashMap<>());
                    paths.put(r.getLocation().getLineNumber(), step);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    paths.putIfAbsent(r.getLocation().getLineNumber(), path.peek());
                    path.pop();
                    siblings.pop();
                }
            }
        } catch (XMLStreamException e) {
            return paths;
        }
        return paths;
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** Parse problems as issues, instead of HAPI's default of logging and going on. */
    private static final class Collecting extends ErrorHandlerAdapter {
        private final String root;
        private final String json;
        private final List<Violation> issues;

        Collecting(String root, String json, List<Violation> issues) {
            this.root = root;
            this.json = json;
            this.issues = issues;
        }

        private String at(IParseLocation location, String element) {
            String parent = location == null || location.getParentElementName() == null ? root
                    : location.getParentElementName();
            String base = parent.startsWith(root) ? parent : root + "." + parent;
            return element == null ? base : base + "." + element;
        }

        @Override
        public void unknownElement(IParseLocation location, String element) {
            String path = JsonPaths.firstKey(json, root, element);
            issues.add(new Violation(path == null ? at(location, element) : path, "is not an element of R4 "
                    + "here (unknown element '" + element + "')"));
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String element) {
            issues.add(new Violation(at(location, element), "must not repeat (R4 allows it once)"));
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            issues.add(new Violation(at(location, null), "has a value R4 does not allow: " + error));
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String element,
                ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType expected,
                ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType expectedScalar,
                ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType found,
                ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType foundScalar) {
            issues.add(new Violation(at(location, element), "has the wrong JSON type: " + expected
                    + (expectedScalar == null ? "" : " " + expectedScalar) + " expected"));
        }
    }

    /** The R4 schema, compiled once on first use (a few seconds: it holds every resource). */
    private static final class Holder {
        static final Schema SCHEMA = load();

        private static Schema load() {
            URL url = FhirR4Check.class.getResource(FhirR4Check.SCHEMA);
            if (url == null) {
                throw new IllegalStateException("R4 schema " + FhirR4Check.SCHEMA + " is not on the class path");
            }
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                return factory.newSchema(url);
            } catch (SAXException e) {
                throw new IllegalStateException("R4 schema could not be read", e);
            }
        }
    }
}
