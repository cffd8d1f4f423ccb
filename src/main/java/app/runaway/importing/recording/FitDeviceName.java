package app.runaway.importing.recording;

import com.garmin.fit.FileIdMesg;
import com.garmin.fit.GarminProduct;
import com.garmin.fit.Manufacturer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A readable device name from the FIT file_id, e.g. "Garmin FR645M", "Stryd". */
final class FitDeviceName {

    private FitDeviceName() {
    }

    static String of(FileIdMesg fileId) {
        if (fileId == null || fileId.getManufacturer() == null) {
            return null;
        }
        var maker = Manufacturer.getStringFromValue(fileId.getManufacturer());
        if (maker == null || maker.isBlank()) {
            return fileId.getProductName();
        }
        var product = product(fileId);
        return product == null || product.isBlank() ? words(maker) : words(maker) + " " + product;
    }

    /** Garmin (and its Dynastream sensors) number their products in a table the SDK knows; others may name them. */
    private static String product(FileIdMesg fileId) {
        var manufacturer = fileId.getManufacturer();
        var garminFamily = manufacturer.equals(Manufacturer.GARMIN) || manufacturer.equals(Manufacturer.DYNASTREAM)
                || manufacturer.equals(Manufacturer.DYNASTREAM_OEM);
        if (garminFamily && fileId.getGarminProduct() != null) {
            return GarminProduct.getStringFromValue(fileId.getGarminProduct());
        }
        return fileId.getProductName();
    }

    /** The SDK's constant names ("WAHOO_FITNESS") as words ("Wahoo Fitness"). */
    private static String words(String constant) {
        return Arrays.stream(constant.toLowerCase(Locale.ROOT).split("_"))
                .filter(word -> !word.isEmpty())
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
    }
}
