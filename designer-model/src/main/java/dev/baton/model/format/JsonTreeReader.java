// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import dev.baton.model.format.DesignLoadException.Kind;
import dev.baton.model.format.JsonValue.Where;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into a {@link JsonValue} tree with Jackson's streaming parser, enforcing the {@link Limits} and
 * rejecting duplicate keys, with the line, column and path of every problem. No data binding is involved, so no
 * type named in the file is ever instantiated.
 */
final class JsonTreeReader {
    // Jackson's own limits sit above ours, so that our checks (which know the JSON path) fire first.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_DEPTH + 16)
                    .maxNumberLength(Limits.MAX_NUMBER_DIGITS)
                    .build())
            .build();

    private final DecodeContext ctx;

    private JsonTreeReader(DecodeContext ctx) {
        this.ctx = ctx;
    }

    /** Parses {@code text}, which must hold exactly one JSON value. */
    static JsonValue read(String text, DecodeContext ctx) throws DesignLoadException {
        return new JsonTreeReader(ctx).readDocument(text);
    }

    private JsonValue readDocument(String text) throws DesignLoadException {
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(text);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw ctx.fail(Kind.SYNTAX, Where.NOWHERE, "a JSON object", "an empty file", "");
            }
            JsonValue root = value(parser, first, "$", 1);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                throw ctx.fail(Kind.SYNTAX, where(parser, "$"), "the end of the file after the closing brace",
                        "more text (" + abbreviate(parser.getText()) + ")", "");
            }
            return root;
        } catch (JsonEOFException e) {
            throw ctx.fail(Kind.SYNTAX, at(e.getLocation(), parser), "the rest of the document (the file ends inside "
                    + (e.getTokenBeingDecoded() == JsonToken.VALUE_STRING ? "a string" : "an object or array")
                    + "; was it cut off?)", "the end of the file", "", e);
        } catch (StreamConstraintsException e) {
            throw ctx.fail(Kind.LIMIT, at(e.getLocation(), parser), "a value within the size limits of a design file",
                    firstLine(e.getOriginalMessage()), "", e);
        } catch (JsonProcessingException e) {
            throw ctx.fail(Kind.SYNTAX, at(e.getLocation(), parser), "valid JSON",
                    firstLine(e.getOriginalMessage()), "", e);
        } catch (IOException e) {
            throw ctx.fail(Kind.IO, Where.NOWHERE, "readable JSON text", String.valueOf(e.getMessage()), "", e);
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException ignored) {
                    // Closing a parser over a String cannot fail in a way that matters here.
                }
            }
        }
    }

    private JsonValue value(JsonParser p, JsonToken token, String path, int depth)
            throws IOException, DesignLoadException {
        Where where = where(p, path);
        switch (token) {
            case START_OBJECT: return object(p, where, depth);
            case START_ARRAY: return array(p, where, depth);
            case VALUE_STRING: {
                String s = p.getText();
                if (s.length() > Limits.MAX_STRING_CHARS) {
                    throw ctx.fail(Kind.LIMIT, where, "a string of at most " + Limits.MAX_STRING_CHARS + " characters",
                            "one of " + s.length() + " characters", "");
                }
                return new JsonValue.Str(where, s);
            }
            case VALUE_NUMBER_INT: return new JsonValue.Num(where, p.getText(), true);
            case VALUE_NUMBER_FLOAT: return new JsonValue.Num(where, p.getText(), false);
            case VALUE_TRUE: return new JsonValue.Bool(where, true);
            case VALUE_FALSE: return new JsonValue.Bool(where, false);
            case VALUE_NULL: return new JsonValue.Null(where);
            default:
                throw ctx.fail(Kind.SYNTAX, where, "a JSON value", String.valueOf(token), "");
        }
    }

    private JsonValue.Obj object(JsonParser p, Where where, int depth) throws IOException, DesignLoadException {
        checkDepth(where, depth);
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String key = p.currentName();
            String path = Where.memberPath(where.path(), key);
            Where keyWhere = where(p, path);
            JsonValue member = value(p, p.nextToken(), path, depth + 1);
            JsonValue previous = members.putIfAbsent(key, member);
            if (previous != null) {
                throw ctx.fail(Kind.SYNTAX, keyWhere, "each key at most once per object",
                        "\"" + abbreviate(key) + "\" a second time (first at line " + previous.where().line()
                                + ", column " + previous.where().column() + ")", "");
            }
        }
        return new JsonValue.Obj(where, members);
    }

    private JsonValue.Arr array(JsonParser p, Where where, int depth) throws IOException, DesignLoadException {
        checkDepth(where, depth);
        List<JsonValue> elements = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            elements.add(value(p, t, Where.elementPath(where.path(), elements.size()), depth + 1));
        }
        return new JsonValue.Arr(where, elements);
    }

    private void checkDepth(Where where, int depth) throws DesignLoadException {
        if (depth > Limits.MAX_DEPTH) {
            throw ctx.fail(Kind.LIMIT, where, "objects and arrays nested at most " + Limits.MAX_DEPTH + " deep",
                    "deeper nesting", "");
        }
    }

    private static Where where(JsonParser p, String path) {
        JsonLocation loc = p.currentTokenLocation();
        return new Where(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()), path);
    }

    private static Where at(JsonLocation loc, JsonParser p) {
        String path = p == null ? "$" : pathOf(p.getParsingContext());
        if (loc == null || loc.getLineNr() < 1) {
            // Some of Jackson's exceptions carry no location; the parser's position is where it stopped.
            loc = p == null ? null : p.currentLocation();
        }
        if (loc == null) {
            return new Where(1, 1, path);
        }
        return new Where(Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()), path);
    }

    /** The JSONPath of Jackson's current parsing context, for errors raised inside Jackson. */
    private static String pathOf(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        StringBuilder path = new StringBuilder("$");
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            } else if (c.getCurrentName() != null) {
                path.replace(0, path.length(), Where.memberPath(path.toString(), c.getCurrentName()));
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        String m = message == null ? "unreadable text" : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
