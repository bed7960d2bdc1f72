package org.desist.appropriateadult.web;

import java.util.List;
import org.desist.platform.web.DateParts;

/** A rota slot as typed: who (a member of staff or a volunteer's name) and from when until when. */
public class RotaForm {

    static final List<String> FIELDS = List.of("who", "volunteer", "startsAt", "startsAtTime", "endsAt", "endsAtTime");

    private String who;
    private String volunteer;
    private DateParts startsAt = new DateParts();
    private String startsAtTime;
    private DateParts endsAt = new DateParts();
    private String endsAtTime;

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getVolunteer() {
        return volunteer;
    }

    public void setVolunteer(String volunteer) {
        this.volunteer = volunteer;
    }

    public DateParts getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(DateParts startsAt) {
        this.startsAt = startsAt;
    }

    public String getStartsAtTime() {
        return startsAtTime;
    }

    public void setStartsAtTime(String startsAtTime) {
        this.startsAtTime = startsAtTime;
    }

    public DateParts getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(DateParts endsAt) {
        this.endsAt = endsAt;
    }

    public String getEndsAtTime() {
        return endsAtTime;
    }

    public void setEndsAtTime(String endsAtTime) {
        this.endsAtTime = endsAtTime;
    }
}
