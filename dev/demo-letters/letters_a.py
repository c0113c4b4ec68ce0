"""Layout A (2013 "Notice of Independent Medical Review Determination"): 3 invented letters. CPMTG 2009."""
from cite import M, N, NONE

CPT = 'Chronic Pain Medical Treatment Guidelines'

LETTERS = [
{
 'file': 'notice2013-01-functional-restoration', 'layout': 'A', 'case': 'CM13-9000101',
 'injury': '2009-03-02', 'ur': '2013-08-21', 'received': '2013-09-04', 'assigned': '2013-09-18',
 'decision': '2013-10-15',
 'states': ['California'], 'certs': ['Occupational Medicine'],
 'age': 44, 'sex': 'female',
 'docs': ['Application for Independent Medical Review dated 9/4/2013',
          'Utilization Review Determination dated 8/21/2013',
          "Primary Treating Physician's Progress Report (PR-2) dated 7/30/2013",
          'Functional restoration program evaluation dated 7/12/2013',
          'Psychological evaluation dated 7/12/2013',
          'Medical Treatment Utilization Schedule (MTUS)'],
 'summary': [
  'This 44 year-old female bakery worker was injured on 3/2/2009 from repeated lifting of dough trays. She '
  'has chronic neck and bilateral shoulder pain with diagnoses of cervical strain and bilateral shoulder '
  'impingement. She has not worked since 2010. Treatment has included 36 physical therapy visits, 2 '
  'subacromial injections on each side, acupuncture and medications including tramadol 50 mg four times a '
  'day. Surgery was offered for the right shoulder in 2012 and she declined it. The functional restoration '
  'evaluation of 7/12/2013 recorded lifting of 10 pounds, sitting tolerance of 30 minutes and moderate '
  'depressive symptoms, and recommended a 6 week program. The report does not address her stated belief '
  'that she cannot return to any work or her pending permanent disability claim.'],
 'items': [{
  'request': 'a 6 week functional restoration program', 'outcome': 'Upheld',
  'ca': M(CPT, pages='30-34'),
  'rev': M(CPT, pages='30-34, 49'),
  'rationale': [
   'MTUS chronic pain guidelines support functional restoration programs only when all of the following '
   'are met: a thorough evaluation with baseline testing; failure of previous methods with no other options '
   'likely to help; significant loss of ability to function independently; no candidacy for surgery or '
   'other clearly warranted treatment; motivation to change, including willingness to forgo secondary '
   'gains; and attention to negative predictors of success. Treatment is not suggested for longer than two '
   'weeks without evidence of subjective and objective gains.',
   'Here surgery remains an option that she has declined, the evaluation does not address her '
   'motivation, her belief that she cannot work or her pending disability claim, and she has been off work '
   'for more than three years, a strong negative predictor. A 6 week program is also three times the '
   'two-week period after which the guidelines require proof of progress. The request for a 6 week '
   'functional restoration program is not medically necessary.']}],
},
{
 'file': 'notice2013-02-therapy-and-medications', 'layout': 'A', 'case': 'CM13-9000102',
 'injury': '2012-11-06', 'ur': '2013-09-10', 'received': '2013-09-27', 'assigned': '2013-10-08',
 'decision': '2013-11-05',
 'states': ['California'], 'certs': ['Physical Medicine and Rehabilitation'],
 'age': 33, 'sex': 'male',
 'docs': ['Application for Independent Medical Review dated 9/27/2013',
          'Utilization Review Determination dated 9/10/2013',
          "Primary Treating Physician's Progress Reports (PR-2) dated 6/4/2013, 7/16/2013 and 8/27/2013",
          'Physical therapy daily notes dated 1/8/2013 through 5/30/2013',
          'MRI report of the cervical spine dated 2/11/2013',
          'Medical Treatment Utilization Schedule (MTUS)'],
 'summary': [
  'This 33 year-old male delivery driver was injured on 11/6/2012 when his truck was rear-ended. He has '
  'chronic neck pain with diagnoses of cervical strain and cervical myofascial pain. An MRI of 2/11/2013 '
  'showed mild degenerative change at C5-6 without neural compression. He completed 18 physical therapy '
  'visits from 1/2013 to 5/2013 and was given a home exercise program. He has taken tramadol 50 mg four '
  'times a day since 1/2013 and naproxen 550 mg twice a day since 12/2012. On 8/27/2013 he reported neck '
  'pain of 6/10, unchanged since the spring, and remained on modified duty that his employer cannot '
  'accommodate. Examination showed trapezius tenderness, rotation of 60 degrees each way and a normal '
  'neurologic examination. The physician requested 12 more therapy visits and refills of tramadol and '
  'naproxen.'],
 'items': [
  {'request': 'physical therapy 2 times a week for 6 weeks for the cervical spine', 'outcome': 'Upheld',
   'ca': M(CPT, pages='98-99'),
   'rev': M(CPT, pages='98-99'),
   'rationale': [
    'MTUS chronic pain guidelines recommend 9 to 10 visits over 8 weeks for myalgia and myositis, with a '
    'fading of frequency and a move to an active home program. This patient has already had 18 visits, '
    'almost twice that number, and has a home program. The records give no objective functional gain from '
    'the previous course and no reason he cannot continue exercising on his own. The request for physical '
    'therapy 2 times a week for 6 weeks for the cervical spine is not medically necessary.']},
  {'request': 'tramadol 50mg #120', 'outcome': 'Upheld',
   'ca': M(CPT, pages='76-80'),
   'rev': M(CPT, pages='78-80, 93-94'),
   'rationale': [
    'MTUS chronic pain guidelines state that tramadol is not a first-line oral analgesic, and that continued '
    'opioid use requires ongoing documentation of pain relief, function, side effects and aberrant '
    'behavior, with continuation supported when the patient has returned to work or has improved pain and '
    'function. After eight months of daily use his pain is unchanged, no functional gain is recorded, and no '
    'drug screen or opioid agreement is documented. The request for tramadol 50mg #120 is not medically '
    'necessary.']},
  {'request': 'naproxen 550mg #60', 'outcome': 'Upheld',
   'ca': M(CPT, pages='67-73'),
   'rev': M(CPT, pages='67-68'),
   'rationale': [
    'MTUS chronic pain guidelines recommend anti-inflammatory drugs at the lowest dose for the shortest '
    'period, as an option for short-term relief. He has taken naproxen twice a day for about ten months, '
    'and the records do not show that it reduces his pain or improves his function. No laboratory '
    'monitoring is documented. The request for naproxen 550mg #60 is not medically necessary.']}],
},
{
 'file': 'notice2013-03-knee-injections-mri', 'layout': 'A', 'case': 'CM13-9000103',
 'injury': '2011-07-19', 'ur': '2013-11-05', 'received': '2013-11-18', 'assigned': '2013-11-27',
 'decision': '2013-12-23',
 'states': ['California', 'Arizona'], 'certs': ['Orthopaedic Surgery'],
 'age': 59, 'sex': 'female',
 'docs': ['Application for Independent Medical Review dated 11/18/2013',
          'Utilization Review Determination dated 11/5/2013',
          'Orthopedic consultation report dated 10/22/2013',
          'MRI report of the left knee dated 3/6/2012',
          'X-ray report of the left knee dated 10/22/2013',
          'Medical Treatment Utilization Schedule (MTUS)'],
 'summary': [
  'This 59 year-old female school crossing guard was injured on 7/19/2011 when she stepped off a curb and '
  'twisted her left knee. An MRI of 3/6/2012 showed degenerative fraying of the medial meniscus and mild '
  'cartilage thinning in the medial compartment. She completed 12 physical therapy visits in 2012 and takes '
  'ibuprofen as needed. X-rays of 10/22/2013 showed mild medial joint space narrowing. On that date she '
  'reported aching medial knee pain with long walks, without locking or giving way. There was mild medial '
  'joint line tenderness, no effusion, full extension and flexion to 125 degrees, and stable ligaments. No '
  'corticosteroid injection has been given and there has been no new injury. The surgeon requested a series '
  'of three Synvisc injections and a new MRI of the left knee.'],
 'items': [
  {'request': 'a series of three Synvisc injections to the left knee', 'outcome': 'Upheld',
   'ca': N('Official Disability Guidelines (ODG), Knee & Leg Chapter, Hyaluronic acid injections'),
   'rev': N('Official Disability Guidelines (ODG), Knee & Leg Chapter, Hyaluronic acid injections'),
   'rationale': [
    'The MTUS does not address hyaluronic acid injections, so ODG was used. ODG considers them an option '
    'for severe osteoarthritis of the knee in patients who have not responded adequately to conservative '
    'treatment, including exercise, anti-inflammatory drugs and corticosteroid injections. Her x-rays show '
    'only mild narrowing, her symptoms are limited to long walks, and she has not had a corticosteroid '
    'injection. The request for a series of three Synvisc injections to the left knee is not medically '
    'necessary.']},
  {'request': 'MRI of the left knee', 'outcome': 'Upheld',
   'ca': M('Knee Complaints', pages='341-343'),
   'rev': M('Knee Complaints', pages='341-3'),
   'rationale': [
    'The MTUS ACOEM knee chapter states that most knee complaints do not need special studies until after '
    'a period of conservative care, and it supports MRI mainly to confirm a meniscal or ligament tear when '
    'surgery is being considered. She already had an MRI in 2012, has no locking, giving way or new injury, '
    'her ligaments are stable and no surgery is planned. A repeat study would not change her care. The '
    'request for MRI of the left knee is not medically necessary.']}],
},
]
