package app.runaway.importing.recording;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * XML from uploads is untrusted. A DOCTYPE can declare external entities (XXE: reading server files, reaching internal
 * URLs) or nested entities that expand to gigabytes ("billion laughs"). GPX and TCX never need a DOCTYPE, so we parse
 * with DTD support and external entities switched off, and refuse any document that declares one.
 */
final class HardenedXml {

    private static final Pattern JDK_PARSE_ERROR =
            Pattern.compile("ParseError at \\[row,col]:\\[(\\d+),(\\d+)] Message:");

    private HardenedXml() {
    }

    /** A new factory per parse: factories are cheap, and this sidesteps their unclear thread-safety. */
    static XMLInputFactory newInputFactory() {
        // The JDK's own implementation, whose properties below we know to be honoured.
        var factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /**
     * The document from its first non-blank byte. Strava's bulk export writes its TCX files with spaces before the
     * XML declaration (`          <?xml version="1.0" ...`), which XML forbids and every strict parser refuses;
     * the rest of such a file is sound, so the blank start is dropped rather than the runner's recording.
     */
    static byte[] fromFirstMarkup(byte[] content) {
        var start = 0;
        while (start < content.length && (content[start] == ' ' || content[start] == '\t' || content[start] == '\r'
                || content[start] == '\n')) {
            start++;
        }
        return start == 0 ? content : Arrays.copyOfRange(content, start, content.length);
    }

    static UnreadableRecordingException doctypeRefused(String formatName) {
        return new UnreadableRecordingException(formatName
                + " file declares a DOCTYPE, which activity files never need; refused for safety");
    }

    /**
     * Reads the whole document once with the hardened parser: it must be well-formed and declare no DOCTYPE. Used before
     * handing the bytes to jpx, whose own parser we cannot configure, for two reasons: without a DOCTYPE there is
     * nothing for an XXE or entity-expansion attack to use; and jpx 3.2.1 in lenient mode ran for over two minutes on a
     * document that turns malformed inside an {@code <extensions>} element (seen with one stray control character),
     * so a malformed document must never reach it. One streaming pass costs a few milliseconds per megabyte.
     */
    static void requireWellFormedWithoutDoctype(byte[] content, String formatName)
            throws UnreadableRecordingException {
        try {
            var reader = newInputFactory().createXMLStreamReader(new ByteArrayInputStream(content));
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.DTD) {
                        throw doctypeRefused(formatName);
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new UnreadableRecordingException(formatName + " file is not well-formed XML: " + describe(e), e);
        }
    }

    /**
     * The parser's complaint on one line, e.g. "line 2206, column 38: XML document structures must start and end
     * within the same entity." The JDK writes it as "ParseError at [row,col]:[2206,38]" and the reason on a second
     * line, and jpx passes that text on inside its own message.
     */
    static String describe(Throwable error) {
        var oneLine = String.valueOf(error.getMessage()).strip().replaceAll("\\s+", " ");
        return JDK_PARSE_ERROR.matcher(oneLine).replaceAll("line $1, column $2:");
    }
}
