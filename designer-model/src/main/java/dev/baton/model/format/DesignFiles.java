// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import dev.baton.model.Design;
import dev.baton.model.format.DesignLoadException.Kind;
import dev.baton.model.format.JsonValue.Where;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and writes {@code *.baton.json} files (docs/file-format.md). Loading is strict, bounded and read-only;
 * saving is canonical and atomic. All methods are threadsafe; concurrent saves of one file from several processes
 * leave one of the designs in it, never a mix.
 */
public final class DesignFiles {
    /** The format version this Baton writes. */
    public static final int FORMAT_VERSION = 1;

    private static final List<FormatMigration> MIGRATIONS = List.of(new Version0Migration());

    private DesignFiles() {}

    /**
     * Loads a design file. Never writes to the file, not even when it is migrated or has unknown fields.
     *
     * @throws DesignLoadException naming the file, line, column and JSON path of the first problem
     */
    public static LoadedDesign load(Path file) throws DesignLoadException {
        DecodeContext ctx = new DecodeContext(file.toString());
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Limits.MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw ctx.fail(Kind.IO, Where.NOWHERE, "an existing file", "no such file", "", e);
        } catch (AccessDeniedException e) {
            throw ctx.fail(Kind.IO, Where.NOWHERE, "a readable file", "no permission to read it", "", e);
        } catch (IOException e) {
            throw ctx.fail(Kind.IO, Where.NOWHERE, "a readable file", String.valueOf(e.getMessage()), "", e);
        }
        if (bytes.length > Limits.MAX_FILE_BYTES) {
            throw ctx.fail(Kind.LIMIT, Where.NOWHERE, "a file of at most 16 MiB", "a larger file", "");
        }
        return decode(utf8(bytes, ctx), ctx);
    }

    /**
     * Parses a design from JSON text.
     *
     * @param sourceName the name used in error messages (usually the file name)
     */
    public static LoadedDesign fromJson(String json, String sourceName) throws DesignLoadException {
        DecodeContext ctx = new DecodeContext(sourceName);
        if (utf8Length(json) > Limits.MAX_FILE_BYTES) {
            throw ctx.fail(Kind.LIMIT, Where.NOWHERE, "a design of at most 16 MiB", "a larger one", "");
        }
        return decode(json, ctx);
    }

    /**
     * The canonical text of a design: an unchanged design always gives the same bytes, and a one-field edit
     * changes one line.
     *
     * @throws IllegalArgumentException if the design holds something JSON cannot (a NaN in a script result)
     */
    public static String toJson(Design design) {
        return DesignEncoder.encode(design);
    }

    /**
     * Saves a design atomically: the file holds either the old or the new design at every moment, and the old
     * one is kept as {@code FILE.bak}. Saving a design whose text equals the file's leaves the file untouched.
     */
    public static void save(Path file, Design design) throws IOException {
        AtomicFileWriter.write(file, toJson(design).getBytes(StandardCharsets.UTF_8));
    }

    private static LoadedDesign decode(String text, DecodeContext ctx) throws DesignLoadException {
        // A UTF-8 byte order mark is legal in files from some editors; JSON itself has no place for it.
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonValue root = JsonTreeReader.read(json, ctx);
        if (!(root instanceof JsonValue.Obj)) {
            throw ctx.wrong(root, "a JSON object (a Baton design)");
        }
        JsonValue.Obj obj = (JsonValue.Obj) root;
        JsonValue versionValue = obj.members().get("formatVersion");
        if (versionValue == null) {
            throw ctx.fail(Kind.CONTENT, obj.where(), "a \"formatVersion\" key (this Baton writes "
                    + FORMAT_VERSION + ")", "an object without it", "");
        }
        int version = (int) ctx.integer(versionValue, 0, Integer.MAX_VALUE);
        if (version > FORMAT_VERSION) {
            ctx.warn(versionValue.where(), "formatVersion " + version + " is newer than this Baton's ("
                    + FORMAT_VERSION + "); fields it does not know are kept, and saving writes version "
                    + FORMAT_VERSION);
        }
        for (int from = version; from < FORMAT_VERSION; from++) {
            obj = migration(from).migrate(obj, ctx);
            ctx.warn(versionValue.where(), "migrated from format version " + from + " to " + (from + 1)
                    + " in memory; the file changes only when saved");
        }
        return new LoadedDesign(new DesignDecoder(ctx).design(obj), ctx.warnings(), version);
    }

    private static FormatMigration migration(int from) {
        for (FormatMigration m : MIGRATIONS) {
            if (m.fromVersion() == from) {
                return m;
            }
        }
        throw new AssertionError("no migration from format version " + from);
    }

    private static String utf8(byte[] bytes, DecodeContext ctx) throws DesignLoadException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw ctx.fail(Kind.IO, new Where(line, offset - lineStart + 1, "$"), "UTF-8 text",
                    "a byte sequence that is not UTF-8 at byte offset " + offset, "");
        }
        out.flip();
        return out.toString();
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
