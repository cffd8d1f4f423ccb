package app.runaway.web;

import app.runaway.chat.ChatService;
import app.runaway.security.CurrentAthlete;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Chat: a question to the same service as {@code POST /api/chat}; the answer shows its cited activities as links,
 * whether its figures were verified, which engine answered and how fresh the data behind it is.
 */
@Controller
class ChatPages {
    private final ChatService chat;

    ChatPages(ChatService chat) {
        this.chat = chat;
    }

    @GetMapping("/chat")
    String page() {
        return "chat";
    }

    @PostMapping("/chat")
    String ask(@AuthenticationPrincipal CurrentAthlete athlete, @RequestParam(defaultValue = "") String message,
               @RequestParam(name = "conversation_id", defaultValue = "") String conversationId,
               @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var reply = chat.ask(athlete.id(), message, conversationId);
        model.addAttribute("question", message.strip());
        model.addAttribute("reply", reply);
        model.addAttribute("htmx", htmx != null);
        return htmx != null ? "chat-exchange :: exchange" : "chat";
    }
}
