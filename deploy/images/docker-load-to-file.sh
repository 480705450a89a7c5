#!/usr/bin/env bash
# Stands in for the docker executable where there is neither a Docker daemon nor a reachable registry: Jib's
# "docker load" of the image it built is written to the file RCM_IMAGE_ARCHIVE, or into it when it is a directory as
# <repository>.tar (docker-save format, loadable later
# with docker load, podman load, skopeo copy docker-archive:..., or crane push). Nothing else is emulated.
# Use with -Dquarkus.jib.docker-executable-name=$PWD/deploy/images/docker-load-to-file.sh (see README.md beside it).
set -euo pipefail
case "${1:-}" in
    info)
        echo '{"OSType":"linux","Architecture":"x86_64"}' ;;
    load)
        out=${RCM_IMAGE_ARCHIVE:?set RCM_IMAGE_ARCHIVE to the file (or existing directory) the image archive goes to}
        if [ -d "$out" ]; then
            # One archive per image, named after its repository: several services in one Maven run.
            tmp=$(mktemp "$out/.load.XXXXXX")
            cat > "$tmp"
            name=$(tar -xOf "$tmp" manifest.json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["RepoTags"][0].split(":")[0].replace("/", "_"))')
            chmod 0644 "$tmp"
            mv "$tmp" "$out/$name.tar"
            out=$out/$name.tar
        else
            mkdir -p "$(dirname "$out")"
            cat > "$out"
        fi
        echo "Loaded image archive: $out" ;;
    *)
        echo "docker-load-to-file.sh: '$*' is not supported (only info and load)" >&2
        exit 1 ;;
esac
