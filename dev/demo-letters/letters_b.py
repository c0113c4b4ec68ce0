"""Layout B (about 2014, like the seed letter): 6 invented letters. No header page, so no case number or dates
outside the summary. CPMTG 2009 page citations."""
from cite import M, N, NONE

CPT = 'Chronic Pain Treatment Guidelines'

LETTERS = [
{
 'file': 'narrative2014-01-aquatic-therapy', 'layout': 'B', 'double': True,
 'states': ['California'], 'certs': ['Physical Medicine and Rehabilitation', 'Pain Medicine'],
 'age': 57, 'sex': 'female',
 'summary': [
  'This is a 57 year-old female who was injured on 2/14/2012 when she lifted a tray of dishes at a hotel '
  'kitchen. She has been diagnosed with lumbar degenerative disc disease and lumbar myofascial pain. She '
  'completed 24 sessions of land-based physical therapy in 2012 and 2013 and was discharged to a home '
  'program. According to the 3/4/2014 progress report, she has low back pain of 5/10, walks 30 minutes a '
  'day, and her body mass index is 27. Lumbar flexion was 60 degrees and the neurologic examination was '
  'normal. The physician asked for aquatic therapy 2 x 4 "for strengthening". On 3/12/2014 UR denied the '
  'request, noting that she tolerates land-based exercise.'],
 'items': [{
  'request': 'Aquatic therapy for the lumbar spine 2 x 4', 'outcome': 'Upheld',
  'ca': M(CPT, pages='22, 98-99'),
  'rev': M(CPT, pages='22'),
  'rationale': [
   'The patient presents with chronic low back pain. MTUS chronic pain guidelines recommend aquatic '
   'therapy as an optional alternative to land-based therapy when reduced weight bearing is desirable, for '
   'example in extreme obesity, and refer to the physical medicine section for the number of visits. This '
   'patient walks 30 minutes a day, has a body mass index of 27 and has already completed 24 sessions of '
   'land-based therapy, which is well above the 8-10 visits the guidelines allow. Nothing in the records '
   'explains why she needs reduced weight bearing or why her home program is no longer enough. The request '
   'for aquatic therapy for the lumbar spine 2 x 4 is not medically necessary.']}],
},
{
 'file': 'narrative2014-02-high-dose-opioids', 'layout': 'B',
 'states': ['Texas'], 'certs': ['Physical Medicine and Rehabilitation'],
 'age': 61, 'sex': 'male',
 'summary': [
  'This is a 61 year-old male who was injured on 9/8/2008 while unloading steel pipe. He has been diagnosed '
  'with failed back surgery syndrome after an L4-S1 fusion in 2010, chronic lumbar radiculopathy and opioid '
  'dependence. Medications on 5/20/2014 were OxyContin 40 mg every 12 hours and Percocet 10/325 mg four times '
  'a day, which together amount to 120 mg of oxycodone, or 180 mg of oral morphine equivalents, per day. '
  'The physician records pain of 8/10 with medications and 10/10 without them. He spends most of the day '
  'resting and has not worked since 2009. There is no pain management consultation, opioid agreement or '
  'urine drug screen in the records. UR on 6/3/2014 modified both requests to allow weaning.'],
 'items': [
  {'request': 'OxyContin 40mg #60', 'outcome': 'Upheld',
   'ca': M(CPT, pages='74-96'),
   'rev': M(CPT, pages='78-80, 86'),
   'rationale': [
    'The patient presents with chronic low back and leg pain after a lumbar fusion. MTUS chronic pain '
    'guidelines ask that the morphine equivalent doses of all opioids be added together and that the total '
    'not exceed 120 mg a day without a pain management consultation. They also require ongoing review of '
    'pain relief, function, side effects and aberrant behavior, and they support continued use only when '
    'the patient has returned to work or has improved pain and function. His combined dose is 180 mg a day, '
    'no consultation is documented, his pain remains 8/10 and he spends most of the day resting. There is '
    'no drug screen or opioid agreement. The dose should be weaned gradually. The request for OxyContin '
    '40mg #60 is not medically necessary.']},
  {'request': 'Percocet 10/325mg #120', 'outcome': 'Upheld',
   'ca': M(CPT, pages='74-96'),
   'rev': M(CPT, pages='76-80'),
   'rationale': [
    'The same MTUS criteria apply to the short-acting oxycodone. It adds 60 mg of morphine equivalents to '
    'the long-acting dose, so it is part of the reason the total exceeds the guideline limit, and the '
    'records do not show that the breakthrough doses improve function. The request for Percocet 10/325mg '
    '#120 is not medically necessary.']}],
},
{
 'file': 'narrative2014-03-carisoprodol-lidoderm', 'layout': 'B',
 'states': ['California', 'Washington'], 'certs': ['Internal Medicine'],
 'age': 43, 'sex': 'female',
 'summary': [
  'This is a 43 year-old female certified nursing assistant who was injured on 4/22/2013 while helping move '
  'a patient in bed. She has been diagnosed with cervical strain, lumbar strain and lumbar myofascial pain. '
  'She has taken Soma 350 mg three times a day since 8/2013 and ibuprofen 600 mg as needed, and completed 12 '
  'physical therapy visits. On 7/1/2014 she described aching central low back pain without leg symptoms. '
  'The examination showed paraspinal tenderness and a normal neurologic examination. The physician '
  'requested a refill of Soma and Lidoderm patches for the low back. There is no record of a trial of an '
  'antidepressant or an anticonvulsant. On 7/15/2014 UR denied both requests.'],
 'items': [
  {'request': 'Soma 350mg #90', 'outcome': 'Upheld',
   'ca': M(CPT, pages='29, 63-66'),
   'rev': M(CPT, pages='29'),
   'rationale': [
    'The patient presents with chronic neck and low back pain. MTUS chronic pain guidelines do not '
    'recommend carisoprodol, and state that it is not indicated for long-term use. It is broken down to '
    'meprobamate, which carries a risk of abuse and dependence. She has taken it three times a day for '
    'almost a year. It should be tapered rather than stopped suddenly. The request for Soma 350mg #90 is '
    'not medically necessary.']},
  {'request': 'Lidoderm 5% patch #30', 'outcome': 'Upheld',
   'ca': N('Official Disability Guidelines (ODG), Pain Chapter, Lidoderm (lidocaine patch)'),
   'rev': M(CPT, pages='56-57'),
   'rationale': [
    'MTUS chronic pain guidelines support the lidocaine patch for localized peripheral neuropathic pain '
    'after a trial of first-line treatment such as a tricyclic or SNRI antidepressant or an anticonvulsant. '
    'Her pain is central low back pain without any neuropathic features, and no first-line drug has been '
    'tried. The request for Lidoderm 5% patch #30 is not medically necessary.']}],
},
{
 'file': 'narrative2014-04-shoulder-mri', 'layout': 'B', 'double': True,
 'states': ['California'], 'certs': ['Orthopaedic Surgery', 'Sports Medicine'],
 'age': 52, 'sex': 'male',
 'summary': [
  'This is a 52 year-old male who was injured on 1/6/2014 when a loaded pallet jack jerked his right arm. '
  'He has been diagnosed with right shoulder pain and a possible rotator cuff tear. He completed 12 '
  'physical therapy visits between 1/2014 and 3/2014, and a subacromial corticosteroid injection on '
  '2/18/2014 gave about a week of relief. X-rays of the shoulder were normal. According to the 4/8/2014 '
  'orthopedic report, he has night pain, weakness of external rotation of 3+/5, a positive drop arm sign '
  'and active elevation of 100 degrees. The surgeon requested an MRI of the right shoulder to decide on '
  'repair. On 4/21/2014 UR denied the MRI.'],
 'items': [{
  'request': 'MRI of the right shoulder without contrast', 'outcome': 'Overturned',
  'ca': M('Shoulder Complaints', pages='207-209'),
  'rev': M('Shoulder Complaints', pages='207-9'),
  'rationale': [
   'The patient presents with right shoulder pain and weakness. The MTUS ACOEM shoulder chapter supports '
   'imaging when there is physiologic evidence of tissue insult or neurovascular dysfunction, when a '
   'strengthening program meant to avoid surgery has failed, or to clarify the anatomy before an invasive '
   'procedure, for example a suspected full thickness rotator cuff tear that has not responded to '
   'conservative care. This patient has three months of symptoms despite therapy and an injection, true '
   'weakness of external rotation, a positive drop arm sign and limited active elevation, and the surgeon '
   'is weighing repair. All of these meet the guideline. The request for MRI of the right shoulder without '
   'contrast is medically necessary.']}],
},
{
 'file': 'narrative2014-05-tens-unit', 'layout': 'B',
 'states': ['New York'], 'certs': ['Family Practice'],
 'age': 38, 'sex': 'male',
 'summary': [
  'This is a 38 year-old male who was injured on 11/18/2011 in a fall from a loading dock. He has been '
  'diagnosed with cervical strain with right-sided cervical radiculitis and lumbar strain. He has had 20 '
  'physical therapy visits, 6 acupuncture visits and chiropractic care, and takes naproxen 550 mg twice a '
  'day. A TENS unit was used during some therapy visits. The 8/14/2014 report notes neck pain of 6/10 and '
  'requests purchase of a home TENS unit. No home trial, rental or functional goals are documented. On '
  '9/2/2014 UR denied the request.'],
 'items': [{
  'request': 'Purchase of a TENS unit', 'outcome': 'Upheld',
  'ca': M(CPT, pages='114-116'),
  'rev': M(CPT, pages='114-16'),
  'rationale': [
   'The patient presents with chronic neck pain. MTUS chronic pain guidelines do not recommend TENS as a '
   'primary treatment but allow a one-month home-based trial as an adjunct to an evidence-based functional '
   'restoration program. Before purchase the guidelines expect a documented trial showing how often the '
   'unit was used and the effect on pain and function, with rental preferred over purchase during the '
   'trial, plus short and long-term goals. Clinic use during therapy is not a home trial, and no goals are '
   'given. The request for purchase of a TENS unit is not medically necessary.']}],
},
{
 'file': 'narrative2014-06-medial-branch-blocks', 'layout': 'B',
 'states': ['Arizona', 'California'], 'certs': ['Anesthesiology', 'Pain Medicine'],
 'age': 49, 'sex': 'female',
 'summary': [
  'This is a 49 year-old female who was injured on 5/5/2010 while lifting a case of paper at an office '
  'supply store. She has been diagnosed with lumbar facet arthropathy, lumbar disc protrusion at L5-S1 and '
  'right L5 radiculopathy. An MRI in 2013 showed facet hypertrophy at L4-5 and L5-S1 and a right paracentral '
  'protrusion at L5-S1 contacting the right S1 nerve root. According to the 10/9/2014 report, she has low '
  'back pain with pain down the right leg to the foot, a positive right straight leg raise and decreased '
  'sensation over the dorsum of the right foot. The physician requested bilateral medial branch blocks at '
  'L3-4, L4-5 and L5-S1. On 10/28/2014 UR denied the request.'],
 'items': [{
  'request': 'Bilateral lumbar medial branch blocks at L3-4, L4-5 and L5-S1', 'outcome': 'Upheld',
  'ca': N('Official Disability Guidelines (ODG), Low Back Chapter, Facet joint diagnostic blocks (injections)'),
  'rev': M('Low Back Complaints', pages='300-301',
           other='Official Disability Guidelines (ODG), Low Back Chapter, Facet joint diagnostic blocks '
                 '(injections)'),
  'rationale': [
   'The patient presents with low back pain and right leg pain. The MTUS ACOEM low back chapter describes '
   'facet injections as of questionable merit. Because MTUS does not give criteria for diagnostic medial '
   'branch blocks, ODG was also consulted. ODG limits them to patients with low back pain that is not '
   'radicular, to no more than two levels at a time, and to patients who have failed conservative care. '
   'This patient has active radicular findings on examination, and the request covers three levels on each '
   'side. The request for bilateral lumbar medial branch blocks at L3-4, L4-5 and L5-S1 is not medically '
   'necessary.']}],
},
]
