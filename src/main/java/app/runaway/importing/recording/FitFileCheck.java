package app.runaway.importing.recording;

import com.garmin.fit.CRC;
import com.garmin.fit.Decode;

import java.io.ByteArrayInputStream;

/**
 * Checks a FIT file's header, length and CRC before decoding, so the runner learns whether the file is not FIT at
 * all, cut short (the usual fault: a watch that lost power or an upload that stopped), or damaged.
 */
final class FitFileCheck {

    /** FIT header: byte 0 is its size (12 or 14), bytes 4-7 the size of the data records, little-endian. */
    private static final int MIN_HEADER_SIZE = 12;
    private static final int CRC_SIZE = 2;

    private FitFileCheck() {
    }

    static void requireIntact(byte[] content) throws UnreadableRecordingException {
        if (content.length < MIN_HEADER_SIZE || !new Decode().isFileFit(new ByteArrayInputStream(content))) {
            throw new UnreadableRecordingException("FIT file is corrupt: it does not start with a FIT header");
        }
        var headerSize = Byte.toUnsignedInt(content[0]);
        var dataSize = Integer.toUnsignedLong(
                (content[4] & 0xff) | (content[5] & 0xff) << 8 | (content[6] & 0xff) << 16 | (content[7] & 0xff) << 24);
        var expected = headerSize + dataSize + CRC_SIZE;
        if (content.length < expected) {
            throw new UnreadableRecordingException("FIT file is truncated: the header announces " + expected
                    + " bytes but the file has " + content.length);
        }
        if (crc(content, (int) expected) != 0) {
            throw new UnreadableRecordingException("FIT file is corrupt: CRC check failed");
        }
    }

    /**
     * The FIT CRC-16 over header, data and the stored CRC itself is zero for an intact file. We compute it rather than
     * call {@code Decode.checkFileIntegrity}, which also decodes and so cannot tell a bad CRC from a bad message.
     */
    private static int crc(byte[] content, int length) {
        var crc = 0;
        for (var i = 0; i < length; i++) {
            crc = CRC.get16(crc, content[i]);
        }
        return crc;
    }
}
