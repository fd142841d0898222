package org.tenfold.clinic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.platform.InvalidInputException;

/**
 * What the letterhead shows under the clinic's name: the address (several lines) and, each optional,
 * phone, email and website.
 */
public record LetterheadSettings(String address, String phone, String email, String website) {

    public static final int MAX_ADDRESS = 300;
    public static final int MAX_LINE = 100;

    public LetterheadSettings {
        address = address == null ? "" : address.replace("\r\n", "\n").replace('\r', '\n').strip();
        phone = phone == null ? "" : phone.strip();
        email = email == null ? "" : email.strip();
        website = website == null ? "" : website.strip();
    }

    static LetterheadSettings of(Map<SettingKey, String> all) {
        return new LetterheadSettings(all.get(SettingKey.CLINIC_ADDRESS), all.get(SettingKey.CLINIC_PHONE),
                all.get(SettingKey.CLINIC_EMAIL), all.get(SettingKey.CLINIC_WEBSITE));
    }

    /** The address lines, blank lines left out. */
    public List<String> addressLines() {
        return address.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Every line under the name on the letterhead: the address, then phone, email and website if given. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(addressLines());
        if (!phone.isEmpty()) {
            lines.add("Tel. " + phone);
        }
        List<String> contact = new ArrayList<>();
        if (!email.isEmpty()) {
            contact.add(email);
        }
        if (!website.isEmpty()) {
            contact.add(website);
        }
        if (!contact.isEmpty()) {
            lines.add(String.join("  ·  ", contact));
        }
        return List.copyOf(lines);
    }

    LetterheadSettings validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (address.length() > MAX_ADDRESS || addressLines().size() > 6
                || addressLines().stream().anyMatch(l -> l.length() > MAX_LINE)) {
            errors.put("address", "The address is at most " + MAX_ADDRESS + " characters in at most 6 lines of "
                    + MAX_LINE + " characters.");
        }
        if (phone.length() > 40 || phone.contains("\n")) {
            errors.put("phone", "The phone number is one line of at most 40 characters.");
        }
        if (email.length() > MAX_LINE || (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+"))) {
            errors.put("email", "The email address looks like name@example.org, at most " + MAX_LINE + " characters.");
        }
        if (website.length() > MAX_LINE || website.contains("\n") || website.contains(" ")) {
            errors.put("website", "The website is one address without spaces, at most " + MAX_LINE + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }

    Map<SettingKey, String> values() {
        Map<SettingKey, String> v = new LinkedHashMap<>();
        v.put(SettingKey.CLINIC_ADDRESS, String.join("\n", addressLines()));
        v.put(SettingKey.CLINIC_PHONE, phone);
        v.put(SettingKey.CLINIC_EMAIL, email);
        v.put(SettingKey.CLINIC_WEBSITE, website);
        return v;
    }
}
