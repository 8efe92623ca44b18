package com.loyaltykpi.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import java.util.ArrayList;
import java.util.List;

import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.internet.MimeMessage;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free loopback port, started before the shop boots: the
 * shop's mail sender (lk-it-applicationContext.xml) delivers to it, and tests read what arrived.
 */
public final class TestMail {

    private static GreenMail server;

    private TestMail() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(LoopbackPorts.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /**
     * The bodies (quoted-printable undone) of the e-mails received with this subject, addressed To this address
     * (the server keeps one copy per recipient: a copy sent in Cc has the same To).
     */
    public static List<String> bodies(String to, String subject) throws MessagingException {
        List<String> bodies = new ArrayList<String>();
        for (MimeMessage message : server().getReceivedMessages()) {
            if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
                    && subject.equals(message.getSubject())) {
                bodies.add(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
            }
        }
        return bodies;
    }
}
