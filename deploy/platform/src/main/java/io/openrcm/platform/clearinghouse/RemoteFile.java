package io.openrcm.platform.clearinghouse;

/** A file listed in a remote folder: its name and its size at the listing. */
public record RemoteFile(String name, long size) {
}
