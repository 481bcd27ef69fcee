// SPDX-License-Identifier: Apache-2.0
package dev.baton.model.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a file so that, whatever happens (a crash, a full disk, {@code kill -9}), the file holds either its
 * old or its new content, never a mix: write a temporary file in the same folder, flush and fsync it, keep the
 * old file as {@code FILE.bak}, rename the temporary file over the original (atomic on one file system), fsync the
 * folder so that the rename itself survives a power loss.
 */
final class AtomicFileWriter {
    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    /** {@code .NAME.PID.SEQ.tmp}: the pid lets a later save remove what a killed process left behind. */
    private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.(\\d+)\\.(\\d+)\\.tmp");

    private AtomicFileWriter() {}

    static void write(Path file, byte[] content) throws IOException {
        // Replace the target of a symbolic link, not the link itself.
        Path target = (Files.isSymbolicLink(file) ? file.toRealPath() : file).toAbsolutePath();
        Path dir = target.getParent();
        String name = target.getFileName().toString();
        removeStaleTemporaries(dir, name);
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && Files.size(target) == content.length && Arrays.equals(Files.readAllBytes(target), content)) {
            return; // Unchanged: keep the file, its modification time and the backup as they are.
        }
        Path temp = createTemporary(dir, name);
        Path backupTemp = null;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (exists) {
                copyPermissions(target, temp);
                backupTemp = temporaryName(dir, name + ".bak");
                keepBackup(target, backupTemp, dir.resolve(name + ".bak"));
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
            if (backupTemp != null) {
                Files.deleteIfExists(backupTemp);
            }
        }
    }

    /** Makes {@code backup} hold the current content of {@code target}, atomically. */
    private static void keepBackup(Path target, Path backupTemp, Path backup) throws IOException {
        try {
            // A hard link costs no copy; the original inode survives as the backup after the rename.
            Files.createLink(backupTemp, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(backupTemp);
            Files.copy(target, backupTemp, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel channel = FileChannel.open(backupTemp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
        Files.move(backupTemp, backup, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path createTemporary(Path dir, String name) throws IOException {
        while (true) {
            Path temp = temporaryName(dir, name);
            try {
                // Not Files.createTempFile: it forces mode 0600, which the rename would give the design file.
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                // Left by an earlier run of a process with our pid; try the next sequence number.
            }
        }
    }

    private static Path temporaryName(Path dir, String name) {
        return dir.resolve("." + name + "." + PID + "." + SEQUENCE.incrementAndGet() + ".tmp");
    }

    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || dest == null) {
            return;
        }
        try {
            dest.setPermissions(source.readAttributes().permissions());
        } catch (IOException e) {
            // Best effort: the content matters, the mode can be fixed by hand.
        }
    }

    /** Removes temporaries of this file left by processes that no longer run (a crash, {@code kill -9}). */
    private static void removeStaleTemporaries(Path dir, String name) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> isTemporaryOf(p, name))) {
            for (Path p : entries) {
                Matcher m = TEMP.matcher(p.getFileName().toString());
                if (m.matches()) {
                    long pid = Long.parseLong(m.group(2));
                    if (pid != PID && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static boolean isTemporaryOf(Path p, String name) {
        Matcher m = TEMP.matcher(p.getFileName().toString());
        if (!m.matches()) {
            return false;
        }
        String of = m.group(1);
        return of.equals(name) || of.equals(name + ".bak");
    }

    /** Makes the rename durable. Some platforms cannot open a folder for fsync; there the rename is all we get. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows refuses to open a directory as a channel; NTFS journals the rename itself.
        }
    }
}
