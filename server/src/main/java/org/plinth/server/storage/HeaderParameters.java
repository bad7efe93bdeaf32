package org.plinth.server.storage;

import org.jspecify.annotations.Nullable;

/** Reads one {@code name=value} parameter of a header value such as {@code form-data; name="file"}. */
final class HeaderParameters {

    private HeaderParameters() {
    }

    /** The parameter's value (quotes removed, {@code \x} unescaped), or null; names compare case-insensitively. */
    static @Nullable String get(String header, String parameter) {
        int i = header.indexOf(';');
        int n = header.length();
        while (i >= 0 && i < n) {
            i++;
            while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
                i++;
            }
            int nameStart = i;
            while (i < n && header.charAt(i) != '=' && header.charAt(i) != ';') {
                i++;
            }
            String name = header.substring(nameStart, i).trim();
            String value;
            if (i < n && header.charAt(i) == '=') {
                i++;
                if (i < n && header.charAt(i) == '"') {
                    StringBuilder quoted = new StringBuilder();
                    i++;
                    while (i < n && header.charAt(i) != '"') {
                        char c = header.charAt(i);
                        if (c == '\\' && i + 1 < n) {
                            c = header.charAt(++i);
                        }
                        quoted.append(c);
                        i++;
                    }
                    value = quoted.toString();
                    i = header.indexOf(';', i);
                } else {
                    int end = header.indexOf(';', i);
                    value = header.substring(i, end < 0 ? n : end).trim();
                    i = end;
                }
            } else {
                value = "";
            }
            if (name.equalsIgnoreCase(parameter)) {
                return value;
            }
        }
        return null;
    }
}
