package org.tenfold.clinic;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.tenfold.platform.InvalidInputException;

/** Checks an uploaded logo: PNG or JPEG by its first bytes, at most 256 KB, and an image that decodes. */
public final class LogoImages {

    public static final int MAX_BYTES = 256 * 1024;
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private LogoImages() {
    }

    /** The content type of a valid logo; otherwise an {@link InvalidInputException} on the field "logo". */
    public static String contentType(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("logo", "Choose a PNG or JPEG file for the logo.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("logo", "The logo is " + (bytes.length + 1023) / 1024
                    + " KB; it may be at most " + MAX_BYTES / 1024 + " KB.");
        }
        String type;
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G'
                && bytes[4] == 0x0d && bytes[5] == 0x0a && bytes[6] == 0x1a && bytes[7] == 0x0a) {
            type = PNG;
        } else if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8
                && (bytes[2] & 0xff) == 0xff) {
            type = JPEG;
        } else {
            throw new InvalidInputException("logo", "The logo must be a PNG or JPEG image.");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
            throw new InvalidInputException("logo", "The logo file is damaged or not a readable "
                    + (type.equals(PNG) ? "PNG" : "JPEG") + " image.");
        }
        return type;
    }
}
