package io.openrcm.platform.clearinghouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * One open SFTP session on a clearinghouse's mailboxes: list a folder, read a file, upload a file whole (under a
 * temporary name, renamed when complete), move a file. Closing it closes the SSH session.
 */
public final class MailboxSession implements AutoCloseable {

    /** Suffix of a file still being written; never read by either side. */
    public static final String PART = ".part";

    private final ClientSession session;
    private final SftpClient sftp;

    MailboxSession(ClientSession session, SftpClient sftp) {
        this.session = session;
        this.sftp = sftp;
    }

    /** The regular files of a folder, dot-files and {@code .part} names left out (someone is still writing them). */
    public List<RemoteFile> list(String folder) throws IOException {
        List<RemoteFile> files = new ArrayList<>();
        for (SftpClient.DirEntry e : sftp.readDir(folder)) {
            String name = e.getFilename();
            if (name.startsWith(".") || name.endsWith(PART) || !e.getAttributes().isRegularFile()) {
                continue;
            }
            files.add(new RemoteFile(name, e.getAttributes().getSize()));
        }
        return files;
    }

    public byte[] read(String path) throws IOException {
        try (InputStream in = sftp.read(path)) {
            return in.readAllBytes();
        }
    }

    /**
     * Uploads a file whole: written as {@code name.part}, then renamed to {@code name}. A failure part-way leaves at
     * most a {@code .part} that nobody reads (removed on the next try); the file counts as sent only when this returns.
     */
    public void upload(String folder, String name, byte[] content) throws IOException {
        String part = Connection.path(folder, name + PART);
        String target = Connection.path(folder, name);
        removeIfPresent(part);
        try (OutputStream out = sftp.write(part)) {
            out.write(content);
        }
        long written = sftp.stat(part).getSize();
        if (written != content.length) {
            throw new IOException("upload of " + name + " incomplete: " + written + " of " + content.length + " bytes");
        }
        if (exists(target)) {
            // Sent before but not recorded (the answer to our rename was lost): the same bytes need no second copy.
            if (sftp.stat(target).getSize() == content.length) {
                removeIfPresent(part);
                return;
            }
            throw new IOException("a different " + name + " is already in " + folder);
        }
        sftp.rename(part, target);
    }

    /** Moves a file to another folder under the same name; a file of that name there already is replaced. */
    public void move(String fromFolder, String name, String toFolder) throws IOException {
        String target = Connection.path(toFolder, name);
        ensureFolder(toFolder);
        removeIfPresent(target);
        sftp.rename(Connection.path(fromFolder, name), target);
    }

    /** Writes a small file directly (a failed file's reason beside it). */
    public void put(String folder, String name, byte[] content) throws IOException {
        ensureFolder(folder);
        try (OutputStream out = sftp.write(Connection.path(folder, name))) {
            out.write(content);
        }
    }

    public boolean exists(String path) throws IOException {
        try {
            sftp.stat(path);
            return true;
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE) {
                return false;
            }
            throw e;
        }
    }

    private void removeIfPresent(String path) throws IOException {
        if (exists(path)) {
            sftp.remove(path);
        }
    }

    private void ensureFolder(String folder) throws IOException {
        if (!exists(folder)) {
            sftp.mkdir(folder);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            sftp.close();
        } finally {
            session.close(false);
        }
    }
}
