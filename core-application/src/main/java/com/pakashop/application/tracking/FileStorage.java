package com.pakashop.application.tracking;

/** Keeps files we must be able to show later (delivery signatures). */
public interface FileStorage {

    /** Stores {@code bytes} under {@code name} (a path of letters, digits, '-', '.' and '/') and says where. */
    String store(String name, byte[] bytes);
}
