#!/usr/bin/env bash
# Makes a small JVM base image archive (docker-save format) for the services' images where no container registry is
# reachable: a jlink runtime of the local JDK, the glibc libraries it links against (copied from this machine),
# /etc/passwd with the unprivileged user nonroot (65532) and nothing else (no shell, no package manager).
# Use it with -Dquarkus.jib.base-jvm-image=tar://<archive> (see README.md beside this file).
#   deploy/images/offline-base-image.sh [OUTPUT.tar]     (default target/images/jre-base.tar; JAVA_HOME or the java on PATH)
set -euo pipefail
out=${1:-target/images/jre-base.tar}
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root"/{etc,tmp,opt} "$(dirname "$out")"
chmod 1777 "$root/tmp"
"$java_home/bin/jlink" --add-modules ALL-MODULE-PATH --strip-debug --no-man-pages --no-header-files \
    --compress=2 --output "$root/opt/java" 2>/dev/null
# Every shared library the runtime's executables and libraries need, at the same paths as here.
{ ldd "$root/opt/java/bin/java"; find "$root/opt/java/lib" -name '*.so' -exec ldd {} \; 2>/dev/null; } \
    | grep -o '/[^ ]*\.so[^ ]*' | sort -u | while read -r lib; do
        [ -e "$lib" ] || continue
        mkdir -p "$root$(dirname "$lib")"
        cp -L "$lib" "$root$lib"
    done
# Name resolution for the JDK (getaddrinfo) reads these.
for f in /etc/nsswitch.conf /etc/host.conf; do [ -e "$f" ] && cp "$f" "$root$f"; done
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$root/etc/group"
mkdir -p "$root/home/nonroot" && chmod 0755 "$root/home/nonroot"
mkdir -p "$root/usr/bin" && ln -s /opt/java/bin/java "$root/usr/bin/java"
tar --numeric-owner --owner=0 --group=0 --sort=name --mtime='1970-01-01' -C "$root" -cf "$work/layer.tar" .
python3 - "$work" "$out" <<'PY'
import hashlib, json, os, sys, tarfile
work, out = sys.argv[1], sys.argv[2]
digest = hashlib.sha256(open(os.path.join(work, "layer.tar"), "rb").read()).hexdigest()
config = {"architecture": "amd64", "os": "linux",
          "config": {"User": "65532", "WorkingDir": "/",
                     "Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java"]},
          "rootfs": {"type": "layers", "diff_ids": ["sha256:" + digest]}}
with open(os.path.join(work, "config.json"), "w") as f:
    json.dump(config, f)
with open(os.path.join(work, "manifest.json"), "w") as f:
    json.dump([{"Config": "config.json", "RepoTags": ["openrcm/jre-base:local"], "Layers": ["layer.tar"]}], f)
with tarfile.open(out, "w") as tar:
    for name in ("manifest.json", "config.json", "layer.tar"):
        tar.add(os.path.join(work, name), arcname=name)
PY
echo "$out"
