package com.loyaltykpi.server.web;

import com.loyaltykpi.server.apikey.ApiKey;
import com.loyaltykpi.server.apikey.ApiKeys;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The API keys page (administrators): the keys, a new key shown once, revoking one. */
@Controller
class KeysController {

    private final ApiKeys keys;

    KeysController(ApiKeys keys) {
        this.keys = keys;
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** A key as the page shows it. */
    record KeyRow(long id, String source, String label, String prefix, String created, String revoked) {
        static KeyRow of(ApiKey key) {
            return new KeyRow(key.id(), key.source(), key.label(), key.prefix(), WHEN.format(key.createdAt()),
                    key.revokedAt() == null ? null : WHEN.format(key.revokedAt()));
        }

        public boolean active() {
            return revoked == null;
        }
    }

    @GetMapping("/keys")
    String list(Model model) {
        model.addAttribute("keys", keys.all().stream().map(KeyRow::of).toList());
        return "keys";
    }

    /** Issues a key; a bad source or label is said in the operator's language. */
    @PostMapping("/keys")
    String create(@RequestParam String source, @RequestParam(defaultValue = "") String label,
                  RedirectAttributes next) {
        try {
            next.addFlashAttribute("issued", keys.issue(source.strip(), label));
        } catch (ApiKeys.Refused refused) {
            next.addFlashAttribute("problem", refused.code());
        }
        return "redirect:/keys";
    }

    @PostMapping("/keys/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes next) {
        if (keys.revoke(id)) {
            next.addFlashAttribute("revoked", id);
        } else {
            next.addFlashAttribute("problem", "keys.problem.revoke");
        }
        return "redirect:/keys";
    }
}
