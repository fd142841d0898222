package org.tenfold.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tenfold.privacy.NotMemberRecord;

/** A counselling room; appointments in it never overlap. */
@NotMemberRecord("a room of the clinic")
@Entity
@Table(name = "room")
@NamedQuery(name = "Room.findAll", query = "SELECT r FROM Room r ORDER BY r.name")
public class Room {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Room() {
    }

    public Room(String name) {
        rename(name);
    }

    public final void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A room needs a name");
        }
        this.name = newName.strip();
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public boolean isActive() { return active; }
    public long getVersion() { return version; }
}
