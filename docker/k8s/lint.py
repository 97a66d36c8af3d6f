#!/usr/bin/env python3
"""Checks docker/k8s/*.yaml without a cluster: every file parses, and the references between the
manifests hold (selectors and labels, ports by name, the Service behind the Ingress, the HPA's
target, the Secret's keys, the kustomization's files). It cannot tell whether a cluster accepts them.
Usage: python3 docker/k8s/lint.py"""
import pathlib
import sys

import yaml

here = pathlib.Path(__file__).resolve().parent
problems = []
objects = {}
for path in sorted(here.glob("*.yaml")):
    try:
        docs = [d for d in yaml.safe_load_all(path.read_text()) if d]
    except yaml.YAMLError as e:
        problems.append(f"{path.name}: does not parse: {e}")
        continue
    for doc in docs:
        for field in ("apiVersion", "kind"):
            if field not in doc:
                problems.append(f"{path.name}: no {field}")
        objects[(doc.get("kind"), (doc.get("metadata") or {}).get("name"))] = (path.name, doc)


def get(kind, name):
    found = objects.get((kind, name))
    if not found:
        problems.append(f"no {kind} named {name}")
    return found[1] if found else {}


deployment = get("Deployment", "gradflow")
service = get("Service", "gradflow")
ingress = get("Ingress", "gradflow")
hpa = get("HorizontalPodAutoscaler", "gradflow")
secret = get("Secret", "gradflow-postgres")
kustomization = get("Kustomization", None)

template = deployment["spec"]["template"]
labels = template["metadata"]["labels"]
if deployment["spec"]["selector"]["matchLabels"].items() - labels.items():
    problems.append("the Deployment's selector does not match its pods' labels")
if service["spec"]["selector"].items() - labels.items():
    problems.append("the Service's selector does not match the pods' labels")
policy = get("NetworkPolicy", "gradflow")
if policy["spec"]["podSelector"]["matchLabels"].items() - labels.items():
    problems.append("the NetworkPolicy's podSelector does not match the pods' labels")

container = template["spec"]["containers"][0]
port_names = {p["name"]: p["containerPort"] for p in container["ports"]}
for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
    port = container[probe]["httpGet"]["port"]
    if port not in port_names:
        problems.append(f"{probe} names port {port}, which the container does not have")
for port in service["spec"]["ports"]:
    if port["targetPort"] not in port_names:
        problems.append(f"the Service's targetPort {port['targetPort']} is not a container port")
service_ports = {p["name"] for p in service["spec"]["ports"]}
for rule in ingress["spec"]["rules"]:
    for path in rule["http"]["paths"]:
        backend = path["backend"]["service"]
        if backend["name"] != service["metadata"]["name"] or backend["port"]["name"] not in service_ports:
            problems.append(f"the Ingress's backend {backend} is not the Service's")
if hpa["spec"]["scaleTargetRef"]["name"] != deployment["metadata"]["name"]:
    problems.append("the HPA does not target the Deployment")
if hpa["spec"]["minReplicas"] > deployment["spec"]["replicas"]:
    problems.append("the HPA's minimum is above the Deployment's replicas")
for env in container["env"]:
    ref = (env.get("valueFrom") or {}).get("secretKeyRef")
    if ref and (ref["name"] != "gradflow-postgres" or ref["key"] not in secret["stringData"]):
        problems.append(f"{env['name']} reads {ref}, which secret.example.yaml does not have")
if template["spec"]["terminationGracePeriodSeconds"] < 40:
    problems.append("terminationGracePeriodSeconds is under 40")
if not template["spec"]["securityContext"].get("runAsNonRoot"):
    problems.append("the pods may run as root")
for name in kustomization.get("resources", []):
    if not (here / name).exists():
        problems.append(f"kustomization.yaml lists {name}, which does not exist")
if "secret.example.yaml" in kustomization.get("resources", []):
    problems.append("kustomization.yaml must not apply the example Secret")

for problem in problems:
    print(f"FAIL: {problem}")
print(f"{'FAIL' if problems else 'PASS'}: {len(objects)} manifests in docker/k8s parse"
      + ("" if problems else " and refer to each other consistently"))
sys.exit(1 if problems else 0)
