package io.shinrai.server.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The words of the papers, from the message bundles, in the language of the person producing them. */
public record Labels(MessageSource messages, Locale locale) {

    public String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    public List<String> list(String... keys) {
        return Arrays.stream(keys).map(this::get).toList();
    }
}
