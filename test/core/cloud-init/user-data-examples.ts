/** Realistic cloud-init user data, as people write it for Ubuntu and Debian VMs. */

export const GITHUB_ED25519 =
  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl github.com";

/** Keys only, no password anywhere: what the policy wants. */
export const UBUNTU_KEYS_ONLY = `#cloud-config
hostname: web-01
timezone: Europe/Paris
ssh_pwauth: false
disable_root: true
users:
  - default
  - name: deploy
    gecos: Deploy user
    groups: [sudo, docker]
    shell: /bin/bash
    sudo: "ALL=(ALL) NOPASSWD:ALL"
    lock_passwd: true
    ssh_authorized_keys:
      - ${GITHUB_ED25519}
      - ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg= ci@runner
package_update: true
package_upgrade: true
packages:
  - nginx
  - docker.io
  - unattended-upgrades
write_files:
  - path: /etc/ssh/sshd_config.d/10-hardening.conf
    permissions: "0644"
    content: |
      PasswordAuthentication no
      KbdInteractiveAuthentication no
      PermitRootLogin no
  - path: /etc/nginx/sites-available/default
    content: |
      server {
        listen 80 default_server;
        root /var/www/html;
      }
runcmd:
  - systemctl enable --now nginx
  - sed -i 's/^#\\?PasswordAuthentication yes/PasswordAuthentication no/' /etc/ssh/sshd_config
  - [systemctl, restart, ssh]
  - curl -fsSL -H "Authorization: Bearer \${API_TOKEN}" https://example.com/bootstrap.sh -o /tmp/bootstrap.sh
final_message: "up after $UPTIME seconds"
`;

/** The classic "let me in with a password" Debian user data: every way to turn passwords on. */
export const DEBIAN_PASSWORDS = `#cloud-config
ssh_pwauth: "yes"
password: Debian-Rocks-2024
chpasswd:
  expire: false
  list: |
    root:Sup3rS3cret!
    debian:RANDOM
users:
  - default
  - name: admin
    lock_passwd: false
    passwd: $6$rounds=4096$saltsalt$3MEaFvRJ6fPQKk0KvZHYkfkF4B0u4zOxnvdU7iVwOmnR0aJoM1N8m3nB7YkOe9m0s1sKj6xzF2G.
    sudo: ALL=(ALL) ALL
  - name: tester
    plain_text_passwd: hunter2hunter2
  - name: legacy
    hashed_passwd: $y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7
packages: [openssh-server, vim]
runcmd:
  - sed -i -e '/^#\\?PasswordAuthentication/s/^.*$/PasswordAuthentication yes/' /etc/ssh/sshd_config
  - echo "KbdInteractiveAuthentication yes" >> /etc/ssh/sshd_config.d/50-kbd.conf
  - echo 'debian:Another-Secret-9' | chpasswd
  - systemctl restart ssh
`;
