package org.openimr.cases.staff;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Staff accounts in the {@code staff_users} table, passwords hashed by the {@link PasswordEncoder}. */
@Component
public class StaffUsers implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public StaffUsers(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password, role, enabled from staff_users where username = ?")
                .param(username)
                .query((rs, i) -> User.withUsername(rs.getString(1)).password(rs.getString(2))
                        .roles(rs.getString(3)).disabled(!rs.getBoolean(4)).build())
                .optional().orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** Adds a user unless the name is taken; returns whether it was added. */
    public boolean add(String username, String rawPassword, Role role) {
        return jdbc.sql("insert into staff_users (username, password, role) values (?, ?, ?) on conflict do nothing")
                .params(username, encoder.encode(rawPassword), role.name()).update() == 1;
    }

    public int count() {
        return jdbc.sql("select count(*) from staff_users").query(Integer.class).single();
    }

    public List<String> usernames() {
        return jdbc.sql("select username from staff_users order by username").query(String.class).list();
    }

    /** A random password of 19 URL-safe characters (14 random bytes, base64url). */
    public static String generatePassword() {
        byte[] bytes = new byte[14];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
