package app.runaway.platform;

/** A request value that cannot be accepted; answered 400 naming the field. */
public final class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
