package com.pakashop.application.notifications;

/** Sends a message to a person (email, WhatsApp, SMS: the adapter decides). */
public interface Notifier {

    void send(Notification notification);
}
