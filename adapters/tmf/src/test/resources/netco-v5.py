"""Rewrites the v4 NetCo fixtures in v5 shapes, with other offsets; same instants and amounts."""
import json, re, datetime, os, sys
src, dst = sys.argv[1], sys.argv[2]
OFFSETS = ['+02:00', '-05:00', '+05:30', '-00:00']
counter = [0]
TS = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$')
def shift(s):
    dt = datetime.datetime.strptime(s, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=datetime.timezone.utc)
    off = OFFSETS[counter[0] % len(OFFSETS)]; counter[0] += 1
    sign = -1 if off[0] == '-' else 1
    h, m = int(off[1:3]), int(off[4:6])
    local = dt + sign * datetime.timedelta(hours=h, minutes=m)
    frac = '.000' if counter[0] % 3 == 0 else ''
    return local.strftime('%Y-%m-%dT%H:%M:%S') + frac + off
def times(o):
    if isinstance(o, dict): return {k: times(v) for k, v in o.items()}
    if isinstance(o, list): return [times(x) for x in o]
    if isinstance(o, str) and TS.match(o): return shift(o)
    return o
def party(p):
    inner = {k: v for k, v in p.items() if k not in ('role',)}
    inner['@type'] = 'PartyRef'
    return {'role': p.get('role'), 'partyOrPartyRole': inner, '@type': 'RelatedPartyOrPartyRole'}
def parties(r):
    if 'relatedParty' in r: r['relatedParty'] = [party(p) for p in r['relatedParty']]
def refs(r, key, t):
    for x in r.get(key, []) or []: x['@type'] = t
def product(r):
    parties(r)
    if 'agreement' in r: r['agreementItem'] = r.pop('agreement')
    refs(r, 'realizingService', 'ServiceRef'); refs(r, 'realizingResource', 'ResourceRef')
    if 'productRelationship' in r:
        r['productRelationship'] = [{'id': x['product']['id'], 'relationshipType': x['relationshipType'], '@type': 'ProductRelationship'} for x in r['productRelationship']]
    if 'orderDate' in r: r['creationDate'] = r['orderDate']
    r['@type'] = 'Product'
    return r
def service(r):
    parties(r); refs(r, 'supportingService', 'ServiceRef'); refs(r, 'supportingResource', 'ResourceRef')
    for x in r.get('serviceRelationship', []): x['@type'] = 'ServiceRelationship'; x['service']['@type'] = 'ServiceRef'
    for c in r.get('serviceCharacteristic', []): c['@type'] = 'StringCharacteristic' if c.get('valueType') == 'string' else 'NumberCharacteristic'
    r['@type'] = 'Service'
    return r
def resource(r):
    if r.get('operationalState') in ('enable', 'disable'): r['operationalState'] += 'd'
    r.pop('resourceStatus', None)
    for x in r.get('resourceRelationship', []): x['@type'] = 'ResourceRelationship'; x['resource']['@type'] = 'ResourceRef'
    return r
def alarm(r):
    r['id'] = str(r['id'])
    if 'alarmedObject' in r: r['alarmedObject']['@type'] = 'AlarmedObjectRef'; r['alarmedObject']['@referredType'] = 'Resource'
    return r
def ticket(r):
    parties(r)
    if 'relatedEntity' in r:
        r['relatedEntity'] = [{'role': e['role'], 'entity': {'id': e['id'], '@referredType': e['@referredType'], '@type': 'EntityRef'}, '@type': 'RelatedEntity'} for e in r['relatedEntity']]
    if 'statusChange' in r:
        r['statusChangeHistory'] = [dict({'status': s['status'], 'statusChangeDate': s['changeDate'], '@type': 'StatusChange'}, **({'statusChangeReason': s['changeReason']} if 'changeReason' in s else {})) for s in r.pop('statusChange')]
    return r
def problem(r):
    for k in ('originatorParty', 'responsibleParty'):
        if k in r: r[k] = party(r[k])
    return r
def order(r):
    parties(r)
    if 'orderDate' in r: r['creationDate'] = r.pop('orderDate')
    for it in r.get('productOrderItem', []): it['@type'] = 'ProductOrderItem'
    return r
def bill(r): parties(r); return r
def rate(r):
    if 'type' in r: r['appliedBillingRateType'] = r.pop('type')
    return r
conv = {'product': product, 'service': service, 'resource': resource, 'alarm': alarm, 'troubleTicket': ticket,
        'serviceProblem': problem, 'productOrder': order, 'customerBill': bill, 'appliedCustomerBillingRate': rate,
        'usage': lambda r: r, 'sla': lambda r: r}
for name in sorted(os.listdir(src)):
    base, ext = name.split('.', 1)
    if base == 'events':
        out = []
        for line in open(os.path.join(src, name)):
            if not line.strip(): continue
            e = json.loads(line)
            if 'timeOcurred' in e: e['timeOccurred'] = e.pop('timeOcurred')
            e['@type'] = e['eventType']; e['@baseType'] = 'Event'
            for k in list(e['event']): e['event'][k] = conv[k](e['event'][k])
            out.append(json.dumps(times(e), ensure_ascii=False))
        open(os.path.join(dst, 'events.ndjson'), 'w').write('\n'.join(out) + '\n')
    elif base in conv:
        recs = [times(conv[base](r)) for r in json.load(open(os.path.join(src, name)))]
        # alternate formats: products and alarms as NDJSON
        if base in ('product', 'alarm'):
            open(os.path.join(dst, base + '.ndjson'), 'w').write('\n'.join(json.dumps(r, ensure_ascii=False) for r in recs) + '\n')
        else:
            json.dump(recs, open(os.path.join(dst, name), 'w'), indent=1, ensure_ascii=False)
