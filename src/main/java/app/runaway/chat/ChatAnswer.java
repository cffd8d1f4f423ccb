package app.runaway.chat;

import app.runaway.activity.Activity;
import java.util.List;
import java.util.Map;

/** An answer, the activities it rests on (cited as sources), and what was looked at to find it. */
record ChatAnswer(String text, String family, List<Activity> sources, Map<String, Object> context) {
}
