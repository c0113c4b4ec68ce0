"""Layout E ("MEDICAL PROFESSIONAL REVIEW", era unknown): 3 invented letters, written as of 2014-2015 (CPMTG
2009 pages). No case number, dates or priority in this layout."""
from cite import M, N, NONE

CPT = 'Chronic Pain Medical Treatment Guidelines'

LETTERS = [
{
 'file': 'mpr-01-topical-compound', 'layout': 'E',
 'states': ['California'], 'certs': ['Family Practice'],
 'age': 41, 'sex': 'male',
 'docs': ['Utilization review determination dated 03/17/2015',
          'Progress reports from the primary treating physician dated 10/08/2014 through 03/03/2015',
          'Pharmacy compounding prescription dated 03/03/2015'],
 'summary': [
  'The patient is a 41 year old male roofer who injured his low back and right knee on 06/11/2014 when he '
  'slipped on a wet roof. Diagnoses are lumbar strain and right knee sprain. He takes ibuprofen 800 mg '
  'twice a day and has completed physical therapy. On 03/03/2015 he reported back pain of 5/10 and knee '
  'pain of 3/10 without radiating symptoms, and the physician prescribed a compounded cream of ketoprofen '
  '10 percent, cyclobenzaprine 3 percent and lidocaine 5 percent, 240 grams. No trial of an antidepressant '
  'or anticonvulsant is recorded. The utilization review of 03/17/2015 non-certified the cream.'],
 'items': [{
  'request': 'Compounded cream: ketoprofen 10%, cyclobenzaprine 3%, lidocaine 5%, 240 grams',
  'outcome': 'Upheld',
  'ca': N('Official Disability Guidelines (ODG), Pain Chapter, Compound drugs'),
  'rev': M(CPT, pages='111-113'),
  'why': 'The MTUS addresses topical analgesics and compounded topical products directly, so no other '
         'source was needed.',
  'rationale': 'The MTUS chronic pain guidelines describe topical analgesics as largely experimental, '
   'mainly for neuropathic pain after antidepressants and anticonvulsants have failed, and they state that a '
   'compound containing any drug that is not recommended is not recommended. Ketoprofen is not approved for '
   'topical use, no muscle relaxant is supported as a topical agent, and lidocaine is supported only as the '
   'dermal patch. Every ingredient of this cream falls outside the guideline, and his pain is not '
   'neuropathic. The request for compounded cream: ketoprofen 10%, cyclobenzaprine 3%, lidocaine 5%, 240 '
   'grams is not medically necessary.'}],
},
{
 'file': 'mpr-02-cervical-epidural', 'layout': 'E',
 'states': ['Colorado'], 'certs': ['Anesthesiology', 'Pain Medicine'],
 'age': 53, 'sex': 'female',
 'docs': ['Utilization review determination dated 08/25/2014',
          'Pain management consultation dated 08/05/2014',
          'MRI report of the cervical spine dated 05/20/2014',
          'Physical therapy notes dated 04/01/2014 through 06/10/2014'],
 'summary': [
  'The patient is a 53 year old female payroll clerk who injured her neck on 01/14/2014 when an overhead '
  'cabinet door struck her head. She has neck pain spreading to both shoulders. An MRI of 05/20/2014 showed '
  'mild disc bulging at C5-6 and C6-7 without foraminal narrowing or nerve root contact. She completed 10 '
  'physical therapy visits and takes meloxicam 15 mg daily. The pain consultation of 08/05/2014 recorded '
  'normal strength, reflexes and sensation in both arms and a negative Spurling test, and requested a C6-7 '
  'interlaminar epidural steroid injection under fluoroscopy. The utilization review of 08/25/2014 '
  'non-certified the injection.'],
 'items': [{
  'request': 'Cervical epidural steroid injection at C6-7, interlaminar, under fluoroscopy',
  'outcome': 'Upheld',
  'ca': M(CPT, pages='46'),
  'rev': M(CPT, pages='46'),
  'why': 'The MTUS gives specific criteria for epidural steroid injections, and they apply to the cervical '
         'spine as well as the lumbar spine.',
  'rationale': 'The MTUS chronic pain guidelines recommend epidural steroid injections as an option for '
   'radicular pain only, with radiculopathy documented on examination and corroborated by imaging or '
   'electrodiagnostic studies, after conservative treatment has failed. This patient has neck and shoulder '
   'pain without arm symptoms in a nerve root pattern, a normal neurologic examination and an MRI without '
   'nerve root contact. The request for cervical epidural steroid injection at C6-7, interlaminar, under '
   'fluoroscopy is not medically necessary.'}],
},
{
 'file': 'mpr-03-lower-extremity-electrodiagnostics', 'layout': 'E',
 'states': ['Illinois', 'California'], 'certs': ['Physical Medicine and Rehabilitation'],
 'age': 48, 'sex': 'male',
 'docs': ['Utilization review determination dated 11/12/2014',
          'Orthopedic spine consultation dated 10/28/2014',
          'MRI report of the lumbar spine dated 10/02/2014'],
 'summary': [
  'The patient is a 48 year old male warehouse order picker who injured his low back on 08/19/2014 lifting '
  'a case of motor oil. He has low back pain with pain radiating down the left leg to the top of the foot. '
  'An MRI of 10/02/2014 showed a left L4-5 disc extrusion compressing the traversing left L5 nerve root. On '
  '10/28/2014 the spine surgeon found a positive left straight leg raise at 40 degrees, weakness of the left '
  'great toe extensor of 4/5 and decreased sensation over the top of the left foot, and discussed '
  'microdiscectomy. EMG and NCV of both legs were requested. The utilization review of 11/12/2014 '
  'non-certified both studies.'],
 'items': [
  {'request': 'EMG of the bilateral lower extremities', 'outcome': 'Upheld',
   'ca': M('Low Back Complaints', pages='303'),
   'rev': M('Low Back Complaints', pages='303, 309'),
   'why': 'The MTUS ACOEM low back chapter addresses electromyography for low back and leg symptoms.',
   'rationale': 'The MTUS ACOEM low back chapter states that EMG may help identify subtle, focal nerve '
    'dysfunction in patients whose symptoms last more than three or four weeks, but it does not recommend '
    'EMG when radiculopathy is already clinically obvious. This patient has a clear left L5 radiculopathy on '
    'examination that matches the nerve compression on MRI, and nothing suggests a problem in the right leg. '
    'The test would not change the surgical plan. The request for EMG of the bilateral lower extremities is '
    'not medically necessary.'},
  {'request': 'NCV of the bilateral lower extremities', 'outcome': 'Upheld',
   'ca': M('Low Back Complaints', pages='303'),
   'rev': N('Official Disability Guidelines (ODG), Low Back Chapter, Nerve conduction studies (NCS)'),
   'why': 'The MTUS does not address nerve conduction studies of the legs, so ODG was used.',
   'rationale': 'ODG does not recommend nerve conduction studies of the legs when the symptoms are presumed '
    'to come from radiculopathy, because they add little to the diagnosis in that setting. Nothing in the '
    'records suggests a peripheral neuropathy or entrapment. The request for NCV of the bilateral lower '
    'extremities is not medically necessary.'}],
},
]
