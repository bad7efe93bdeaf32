package org.plinth.server.collab.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.plinth.server.platform.InvalidRequestException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses (400, {@code errors: {field: ["unknown field"]}}) JSON fields that a collaboration
 * request does not have, so a typo ({@code "nmae"}) is not silently ignored. The read-only fields
 * clients echo back from a response ({@code id}, {@code created_at}, {@code updated_at}) stay
 * accepted and ignored, as BIMData's API ignores them.
 */
@ControllerAdvice(basePackageClasses = UnknownFieldCheck.class)
class UnknownFieldCheck extends RequestBodyAdviceAdapter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> ECHOED_READ_ONLY = Set.of("id", "created_at", "updated_at");

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return requestRecord(targetType) != null;
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        Class<?> record = requestRecord(targetType);
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JacksonException e) {
            tree = null; // malformed: the converter reports it with line and column
        }
        if (record != null && tree != null) {
            Set<String> known = fieldNames(record);
            Map<String, List<String>> errors = new LinkedHashMap<>();
            if (tree.isArray()) {
                for (JsonNode element : tree) {
                    collectUnknown(element, known, errors);
                }
            } else {
                collectUnknown(tree, known, errors);
            }
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    private static void collectUnknown(JsonNode object, Set<String> known, Map<String, List<String>> errors) {
        if (!object.isObject()) {
            return;
        }
        for (String name : object.propertyNames()) {
            if (!known.contains(name) && !ECHOED_READ_ONLY.contains(name)) {
                errors.put(name, List.of("unknown field; expected one of " + known + "."));
            }
        }
    }

    /** The request record behind {@code T} or {@code List<T>}, when it is one of ours. */
    private static Class<?> requestRecord(Type type) {
        Type candidate = type;
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1) {
            candidate = parameterized.getActualTypeArguments()[0];
        }
        if (candidate instanceof Class<?> c && c.isRecord() && c.getEnclosingClass() == CollabRequests.class) {
            return c;
        }
        return null;
    }

    private static Set<String> fieldNames(Class<?> record) {
        Set<String> names = new HashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            names.add(snakeCase(component.getName()));
        }
        return names;
    }

    private static String snakeCase(String camel) {
        StringBuilder out = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                out.append('_').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
