package app.runaway.importing.recording;

/**
 * An activity file that cannot be read: its message says why, in words a runner or an operator can act on
 * ("FIT file is corrupt: CRC check failed", "unsupported file type '.kml'").
 */
public final class UnreadableRecordingException extends Exception {

    public UnreadableRecordingException(String message) {
        super(message);
    }

    public UnreadableRecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
