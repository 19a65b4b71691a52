package io.shinrai.server.psirt;

/** A file a reporter sent with a report, read only after its size was found acceptable. */
record SentFile(String name, byte[] content) {
}
