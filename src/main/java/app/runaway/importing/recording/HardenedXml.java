package app.runaway.importing.recording;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayInputStream;

/**
 * XML from uploads is untrusted. A DOCTYPE can declare external entities (XXE: reading server files, reaching internal
 * URLs) or nested entities that expand to gigabytes ("billion laughs"). GPX and TCX never need a DOCTYPE, so we parse
 * with DTD support and external entities switched off, and refuse any document that declares one.
 */
final class HardenedXml {

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

    static UnreadableRecordingException doctypeRefused(String formatName) {
        return new UnreadableRecordingException(formatName
                + " file declares a DOCTYPE, which activity files never need; refused for safety");
    }

    /**
     * Reads the document's prolog with the hardened parser and fails if it declares a DOCTYPE. A DOCTYPE can only come
     * before the root element, so this stops at the first element and costs next to nothing. Used before handing the
     * bytes to a library (jpx) whose own parser we cannot configure.
     */
    static void requireNoDoctype(byte[] content, String formatName) throws UnreadableRecordingException {
        try {
            var reader = newInputFactory().createXMLStreamReader(new ByteArrayInputStream(content));
            try {
                while (reader.hasNext()) {
                    var event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw doctypeRefused(formatName);
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return;
                    }
                }
                throw new UnreadableRecordingException(formatName + " file has no XML content");
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw new UnreadableRecordingException(formatName + " file is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
