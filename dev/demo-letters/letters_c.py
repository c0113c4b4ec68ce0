"""Layout C (about 2015, "Independent Medical Review" heading, DOCUMENTS REVIEWED): 4 invented letters.
Header: case number, date of injury, decision date, UR denial date. CPMTG 2009 page citations."""
from cite import M, N, NONE

CPT = 'Chronic Pain Medical Treatment Guidelines'

LETTERS = [
{
 'file': 'documents2015-01-chiropractic-massage', 'layout': 'C', 'case': 'CM15-9000301',
 'injury': '2013-09-10', 'ur': '2015-02-03', 'decision': '2015-03-24',
 'states': ['California'], 'certs': ['Occupational Medicine'],
 'age': 45, 'sex': 'male',
 'docs': ['Application for Independent Medical Review',
          'Utilization Review Determination dated 02/03/2015',
          'Medical Treatment Utilization Schedule (MTUS)',
          'Medical records from the treating chiropractor dated 06/16/2014 through 01/22/2015',
          'Medical records from the primary treating physician dated 09/12/2013 through 12/30/2014'],
 'summary': [
  'The injured worker is a 45 year old male forklift operator who was injured on 09/10/2013 when his '
  'forklift struck a dock plate and jolted him. He has been treated for chronic low back pain with lumbar '
  'sprain and strain. He completed 18 chiropractic visits between 06/2014 and 11/2014 and 12 physical therapy '
  'visits in 2013. He works full duty.',
  'On 01/22/2015 the chiropractor recorded low back pain of 5/10, the same as on 06/16/2014, mild '
  'tenderness and full strength. The reports list the same lifting restriction throughout and do not mention '
  'a home exercise program. The chiropractor requested chiropractic treatment twice a week for six weeks and '
  '6 sessions of massage therapy. Utilization Review non-certified both on 02/03/2015.'],
 'items': [
  {'request': 'Chiropractic treatment for the lumbar spine 2 times a week for 6 weeks', 'outcome': 'Upheld',
   'ca': M(CPT, pages='58-60'),
   'rev': M(CPT, pages='58-59'),
   'rationale': [
    'MTUS chronic pain guidelines recommend a trial of 6 manipulation visits over 2 weeks for low back pain '
    'and, with objective functional improvement, a total of up to 18 visits over 6 to 8 weeks. Maintenance '
    'care is not considered medically necessary. This worker has already had 18 visits, his pain score and '
    'work restrictions did not change over the course, and no flare-up is described. Twelve more visits '
    'would be maintenance care beyond the guideline total. The request for chiropractic treatment for the '
    'lumbar spine 2 times a week for 6 weeks is not medically necessary.']},
  {'request': 'Massage therapy, 6 sessions', 'outcome': 'Upheld',
   'ca': M(CPT, pages='60'),
   'rev': M(CPT, pages='60'),
   'rationale': [
    'MTUS chronic pain guidelines recommend massage only as an adjunct to other recommended treatment such '
    'as exercise, generally limited to 4 to 6 visits, because its benefit does not last after treatment '
    'stops. There is no active exercise program documented for this worker to which massage would be an '
    'adjunct, and the passive care he has received has not changed his function. The request for massage '
    'therapy, 6 sessions is not medically necessary.']}],
},
{
 'file': 'documents2015-02-hydrocodone-urine-testing', 'layout': 'C', 'case': 'CM15-9000302',
 'injury': '2011-02-17', 'ur': '2015-05-19', 'decision': '2015-07-02',
 'states': ['Texas', 'California'], 'certs': ['Anesthesiology', 'Pain Medicine'],
 'age': 58, 'sex': 'female',
 'docs': ['Application for Independent Medical Review',
          'Utilization Review Determination dated 05/19/2015',
          'Medical Treatment Utilization Schedule (MTUS)',
          'Medical records from the treating pain management physician dated 11/04/2014 through 05/05/2015',
          'Urine drug test reports dated 12/02/2014 through 04/07/2015'],
 'summary': [
  'The injured worker is a 58 year old female school bus driver who was injured on 02/17/2011 when her bus '
  'was struck from behind. She has been treated for chronic neck pain, cervical spondylosis and chronic low '
  'back pain. She takes hydrocodone/acetaminophen 10/325 mg six times a day, which is 60 mg of hydrocodone '
  'and 60 mg of oral morphine equivalents a day, and omeprazole 20 mg daily. She takes no anti-inflammatory '
  'medication and reports no stomach symptoms.',
  'The reports from 11/2014 through 05/2015 give pain of 7/10 with medications and describe no change in '
  'walking, housework or sleep. She requested early refills twice in that period. Monthly urine drug tests '
  'from 12/2014 to 04/2015 were consistent with the prescribed medication. The physician requested '
  'hydrocodone/APAP 10/325 mg #180, urine drug testing 12 times a year and omeprazole 20 mg #30. '
  'Utilization Review non-certified the requests on 05/19/2015.'],
 'items': [
  {'request': 'Hydrocodone/APAP 10/325mg #180', 'outcome': 'Upheld',
   'ca': M(CPT, pages='74-96'),
   'rev': M(CPT, pages='78-80, 91'),
   'rationale': [
    'MTUS chronic pain guidelines call for ongoing documentation of pain relief, functional status, '
    'appropriate medication use and side effects, and support continuing opioids when the patient has '
    'returned to work or has improved function and pain. Her dose is at the maximum daily hydrocodone '
    'amount the guidelines list for this combination product, yet the reports describe no gain in daily '
    'function, and two early refill requests are aberrant behaviors that the notes do not address. The '
    'medication should be weaned gradually. The request for Hydrocodone/APAP 10/325mg #180 is not medically '
    'necessary.']},
  {'request': 'Urine drug testing, 12 times per year', 'outcome': 'Upheld',
   'ca': N('Official Disability Guidelines (ODG), Pain Chapter, Urine drug testing (UDT)'),
   'rev': M(CPT, pages='43', other='Official Disability Guidelines (ODG), Pain Chapter, Urine drug testing '
                                  '(UDT)'),
   'rationale': [
    'MTUS chronic pain guidelines recommend urine drug testing as an option but do not say how often it '
    'should be done, so ODG was consulted. ODG suggests testing about two to three times a year for patients '
    'at moderate risk of misuse and reserves testing as often as monthly for high-risk patients. Her five '
    'monthly tests have all been consistent, and no high-risk history is described. A standing order for '
    'monthly testing is more than the guideline supports. The request for urine drug testing, 12 times per '
    'year is not medically necessary.']},
  {'request': 'Omeprazole 20mg #30', 'outcome': 'Upheld',
   'ca': M(CPT, pages='68-69'),
   'rev': M(CPT, pages='68-69'),
   'rationale': [
    'MTUS chronic pain guidelines support a proton pump inhibitor for patients taking anti-inflammatory '
    'drugs who are at intermediate or high risk of stomach complications. This worker takes no '
    'anti-inflammatory drug and reports no stomach symptoms, so there is no indication for it. The request '
    'for Omeprazole 20mg #30 is not medically necessary.']}],
},
{
 'file': 'documents2015-03-carpal-tunnel-release', 'layout': 'C', 'case': 'CM15-9000303',
 'injury': '2014-06-30', 'ur': '2015-08-11', 'decision': '2015-09-29',
 'states': ['Washington'], 'certs': ['Orthopaedic Surgery', 'Hand Surgery'],
 'age': 51, 'sex': 'female',
 'docs': ['Application for Independent Medical Review',
          'Utilization Review Determination dated 08/11/2015',
          'Medical Treatment Utilization Schedule (MTUS)',
          'Medical records from the treating hand surgeon dated 03/10/2015 through 07/28/2015',
          'Electrodiagnostic study report dated 04/02/2015'],
 'summary': [
  'The injured worker is a 51 year old female electronics assembler with a cumulative injury ending '
  '06/30/2014. She reports numbness and tingling of the right thumb, index and middle fingers that wakes her '
  'at night and makes her drop small parts. She has used a night wrist splint since 03/2015 and took '
  'ibuprofen. A corticosteroid injection into the right carpal tunnel on 05/12/2015 relieved symptoms for '
  'about three weeks before they returned.',
  'Electrodiagnostic studies on 04/02/2015 showed a moderate right median neuropathy at the wrist with '
  'prolonged sensory and motor latencies and no cervical radiculopathy. On 07/28/2015 the surgeon found '
  'positive Phalen and carpal compression tests, two-point discrimination of 7 mm in the index finger and '
  'mild weakness of thumb abduction. The surgeon requested right carpal tunnel release and postoperative '
  'occupational therapy twice a week for six weeks. Utilization Review non-certified both requests on '
  '08/11/2015.'],
 'items': [
  {'request': 'Right carpal tunnel release', 'outcome': 'Overturned',
   'ca': M('Forearm, Wrist, and Hand Complaints', pages='270'),
   'rev': M('Forearm, Wrist, and Hand Complaints', pages='265, 270'),
   'rationale': [
    'The MTUS ACOEM hand chapter supports surgical release for carpal tunnel syndrome when the diagnosis is '
    'supported by history, examination and nerve conduction studies, and when symptoms persist despite '
    'conservative care such as splinting, activity change and injection. This worker has the typical '
    'history and examination, a nerve study showing moderate median neuropathy at the wrist, and symptoms '
    'that returned after splinting and an injection. Her sensory loss and thumb weakness suggest the nerve is '
    'being damaged. The request for right carpal tunnel release is medically necessary.']},
  {'request': 'Postoperative occupational therapy 2 times a week for 6 weeks', 'outcome': 'Upheld',
   'ca': M('Postsurgical Treatment Guidelines'),
   'rev': M('Postsurgical Treatment Guidelines'),
   'rationale': [
    'The MTUS Postsurgical Treatment Guidelines allow 3 to 8 visits over 3 to 5 weeks after carpal tunnel '
    'release, with an initial course of half the general course, and note that the operation should not '
    'require extended therapy. Twelve visits over six weeks is more than the whole general course and three '
    'times the initial course. The request for postoperative occupational therapy 2 times a week for 6 weeks '
    'is not medically necessary.']}],
},
{
 'file': 'documents2015-04-duloxetine', 'layout': 'C', 'case': 'CM15-9000304',
 'injury': '2012-12-03', 'ur': '2015-10-20', 'decision': '2015-12-08',
 'states': ['Oregon', 'California'], 'certs': ['Internal Medicine'],
 'age': 62, 'sex': 'male',
 'docs': ['Application for Independent Medical Review',
          'Utilization Review Determination dated 10/20/2015',
          'Medical Treatment Utilization Schedule (MTUS)',
          'Medical records from the primary treating physician dated 03/17/2015 through 10/06/2015'],
 'summary': [
  'The injured worker is a 62 year old male warehouse supervisor who was injured on 12/03/2012 when he fell '
  'from a step stool. He has chronic low back pain with right L5 radiculopathy confirmed by MRI and EMG in '
  '2013. He tried gabapentin in 2014 and stopped it because of dizziness. Duloxetine 60 mg daily was '
  'started on 04/14/2015 for neuropathic pain.',
  'The progress reports of 05/2015 through 10/2015 record leg pain of 7/10 at every visit, the same as before '
  'duloxetine was started. They do not describe any change in sleep, walking tolerance, mood or other '
  'medication use, and tramadol 50 mg twice a day was added in 08/2015. The physician requested a refill of '
  'duloxetine 60 mg #30. Utilization Review non-certified the request on 10/20/2015.'],
 'items': [{
  'request': 'Duloxetine 60mg #30', 'outcome': 'Upheld',
  'ca': M(CPT, pages='13-16'),
  'rev': M(CPT, pages='15-16'),
  'rationale': [
   'MTUS chronic pain guidelines recommend antidepressants as a first-line option for neuropathic pain, and '
   'they ask that the response be assessed by changes in pain, function, other analgesic use, sleep and '
   'mood, with a trial of at least four weeks. Duloxetine was a reasonable choice to try after gabapentin '
   'was not tolerated. After six months, however, his pain score is unchanged, no functional gain is '
   'recorded, and another analgesic had to be added. The trial has not shown benefit. The request for '
   'Duloxetine 60mg #30 is not medically necessary.']}],
},
]
