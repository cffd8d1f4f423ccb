package app.runaway.importing.recording;

/** Turns the (already decompressed, size-checked) bytes of one file format into a {@link Recording}. */
interface RecordingParser {

    Recording parse(String fileName, byte[] content) throws UnreadableRecordingException;
}
