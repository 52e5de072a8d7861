package fr.engagement.feeds.control;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The clientIds a scanned feed holds, kept in a file beside the downloaded feed from the first step to the last
 * (which deletes the catalogue's missions the feed no longer has), so that a restarted job finds them again. As
 * modified UTF-8 strings: a clientId may hold any character, line breaks included.
 */
public final class FeedClientIds {

    private FeedClientIds() {}

    public static void write(Path file, Collection<String> clientIds) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(clientIds.size());
            for (String id : clientIds) {
                out.writeUTF(id);
            }
        }
    }

    public static Set<String> read(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int count = in.readInt();
            Set<String> ids = new HashSet<>(Math.max(16, count * 4 / 3 + 1));
            for (int i = 0; i < count; i++) {
                ids.add(in.readUTF());
            }
            return ids;
        } catch (EOFException e) {
            throw new IOException("Truncated clientId list " + file, e);
        }
    }
}
