"""Layout D (2016-17 header block): 14 invented letters. Requests on or after 2016-07-29, so CPMTG 2016."""
from cite import M, N, NONE, CP16, OP16

LETTERS = [
{
 'file': 'header2016-01-opioid-hydrocodone', 'layout': 'D', 'case': 'CM16-9000101',
 'injury': '2014-03-11', 'ur': '2016-11-08', 'received': '2016-11-29', 'assigned': '2016-12-05',
 'decision': '2017-01-03', 'priority': 'Standard',
 'states': ['California'], 'certs': ['Physical Medicine & Rehabilitation', 'Pain Management'],
 'age': 52, 'sex': 'male',
 'summary': [
  'The injured worker is a 52 year old male who sustained an industrial injury on 03-11-2014 while lifting '
  'cases of canned goods onto a pallet as a warehouse loader. He has been treated for chronic low back pain, '
  'lumbar radiculitis and an L4-5 disc protrusion seen on MRI in 2014. Past treatment has included 20 sessions '
  'of physical therapy in 2014 and 2015, one lumbar epidural injection in 2015 and a home exercise program. He '
  'has not returned to work since 2014.',
  'Medications at the visit of 10-24-2016 were hydrocodone/acetaminophen 10/325 mg four times a day, which he '
  'has taken since early 2015, and naproxen 550 mg twice a day. The daily hydrocodone dose equals 40 mg of oral '
  'morphine equivalents. Pain was rated 7 out of 10 with medication and 9 out of 10 without it. The note gives '
  'no measure of function and does not say which daily activities the medication makes possible. A urine drug '
  'screen collected on 08-15-2016 was negative for hydrocodone; the records contain no discussion of that '
  'result and no report of a state prescription database check. On examination there was lumbar paraspinal '
  'tenderness, lumbar flexion to 45 degrees, a positive straight leg raise on the left at 60 degrees and '
  'intact strength. The treating physician requested a refill of hydrocodone/acetaminophen 10/325 mg #120. '
  'Utilization Review on 11-08-2016 non-certified the request and advised a gradual taper.'],
 'items': [{
  'request': 'Hydrocodone/APAP 10/325mg #120', 'outcome': 'Upheld',
  'ca': M(CP16, '2016', 'Opioids, criteria for use'),
  'rev': M(OP16, '2016'),
  'rationale': [
   'The MTUS opioid guidance allows long-term opioid therapy to continue only while it is working and being '
   'watched closely. Each visit should record the degree of pain relief, what the patient can now do in daily '
   'life or at work, side effects, and any sign of misuse, and the prescriber should act on an unexpected drug '
   'screen. Continuing is supported when the patient has gone back to work or when both pain and function '
   'have measurably improved. In this case the worker has used hydrocodone for almost two years. The notes '
   'repeat pain scores but never describe a gain in function, and he remains off work. The August 2016 screen '
   'showed no hydrocodone even though it is prescribed four times a day, and nothing in the file explains or '
   'addresses this. The dose of 40 mg morphine equivalents a day is well below the 120 mg ceiling, so dose is '
   'not the problem; the missing evidence of benefit and the unexplained screen are. The prescriber should '
   'taper the medication gradually rather than stop it abruptly. The request for Hydrocodone/APAP 10/325mg '
   '#120 is not medically necessary.']}],
},
{
 'file': 'header2016-02-lumbar-mri', 'layout': 'D', 'case': 'CM16-9000102',
 'injury': '2016-09-14', 'ur': '2016-10-26', 'received': '2016-11-15', 'assigned': '2016-11-21',
 'decision': '2016-12-19', 'priority': 'Standard',
 'states': ['Texas', 'California'], 'certs': ['Family Practice'],
 'age': 34, 'sex': 'female',
 'summary': [
  'The injured worker is a 34 year old female who sustained an industrial injury on 09-14-2016. She was '
  'stocking shelves at a retail store and twisted while lifting a case of bottled water, with immediate low '
  'back pain. The diagnosis is lumbar sprain and strain. She was placed on modified duty, given ibuprofen 800 '
  'mg three times a day, and referred for 6 sessions of physical therapy, of which 4 had been completed by '
  '10-18-2016 with some easing of pain.',
  'At the visit of 10-18-2016 she reported low back pain of 5 out of 10 without radiation into the legs. '
  'Examination showed tenderness of the lower lumbar paraspinal muscles and mildly reduced flexion. Straight '
  'leg raise was negative on both sides, strength was 5 out of 5 in both legs, reflexes were symmetric and '
  'sensation was intact. There was no bowel or bladder change, fever, weight loss or history of cancer. The '
  'physician requested an MRI of the lumbar spine without contrast "to rule out a disc herniation". '
  'Utilization Review non-certified the MRI on 10-26-2016.'],
 'items': [{
  'request': 'MRI of the lumbar spine without contrast', 'outcome': 'Upheld',
  'ca': NONE,
  'rev': M('Low Back Complaints', '2004', 'Special Studies'),
  'rationale': [
   'The MTUS low back chapter reserves imaging for two groups: patients with red flags for serious disease '
   'such as fracture, infection, tumor or cauda equina syndrome, and patients with clear objective signs of a '
   'specific nerve root problem who have not responded to treatment and would consider surgery. It warns that '
   'imaging without such findings often shows changes that are not the cause of the pain. This worker is six '
   'weeks from a lifting strain and is improving with therapy. Her neurologic examination is normal, she has '
   'no leg symptoms, no red flag is described and surgery has not been discussed. A scan would not change her '
   'treatment at this point. The request for MRI of the lumbar spine without contrast is not medically '
   'necessary.']}],
},
{
 'file': 'header2016-03-physical-therapy-modified', 'layout': 'D', 'case': 'CM16-9000103',
 'injury': '2015-06-02', 'ur': '2016-11-14', 'received': '2016-11-30', 'assigned': '2016-12-06',
 'decision': '2017-01-04', 'priority': 'Standard',
 'states': ['California'], 'certs': ['Preventive Medicine', 'Occupational Medicine'],
 'age': 47, 'sex': 'male',
 'summary': [
  'The injured worker is a 47 year old male who sustained an industrial injury on 06-02-2015 when he slipped '
  'on spilled oil in a bus maintenance bay and fell onto his back. Diagnoses include lumbar sprain and strain '
  'and myofascial pain of the lumbar spine. He completed 18 sessions of physical therapy between July and '
  'November 2015, returned to full duty in December 2015 and continued a home exercise program.',
  'On 10-31-2016 he reported a flare of low back pain over two weeks after a long shift, rated 6 out of 10, '
  'without leg symptoms. Examination showed paraspinal spasm, flexion limited to 50 degrees, negative straight '
  'leg raise and a normal neurologic examination. He was taking ibuprofen 600 mg as needed and was working '
  'full duty. The physician requested physical therapy twice a week for six weeks. The original Utilization '
  'Review of 11-14-2016 modified the request. Physical therapy for the lumbar spine 2 times a week for 6 '
  'weeks was the original request, and 6 sessions were authorized.'],
 'items': [{
  'request': 'Physical therapy for the lumbar spine, 6 additional sessions', 'outcome': 'Upheld',
  'mod': {'variant': 2, 'original': 'Physical therapy for the lumbar spine 2 times a week for 6 weeks',
          'authorized': 'Physical therapy for the lumbar spine 2 times a week for 3 weeks'},
  'ca': M(CP16, '2016', 'Physical medicine'),
  'rev': M(CP16, '2016', 'Physical medicine'),
  'rationale': [
   'The MTUS chronic pain guidelines favor active therapy and expect the patient to carry the exercises on at '
   'home, with visits tapering from up to three a week to one or fewer. For muscle pain and for nerve root '
   'irritation they allow about 8 to 10 supervised visits. This worker already had 18 visits for the same '
   'injury in 2015 and learned a home program. For the current flare, 6 visits have been authorized, which is '
   'enough to review and advance his exercises. The file gives no reason why he could not continue on his own '
   'after those visits, and adding 6 more would bring this course to 12 visits, above the guideline range. The '
   'remaining portion of the request, physical therapy for the lumbar spine, 6 additional sessions, is not '
   'medically necessary.']}],
},
{
 'file': 'header2016-04-postsurgical-pt-knee', 'layout': 'D', 'case': 'CM16-9000104',
 'injury': '2016-05-19', 'ur': '2016-11-21', 'received': '2016-12-07', 'assigned': '2016-12-12',
 'decision': '2017-01-09', 'priority': 'Standard',
 'states': ['California'], 'certs': ['Orthopedic Surgery'],
 'age': 41, 'sex': 'male',
 'summary': [
  'The injured worker is a 41 year old male who sustained an industrial injury on 05-19-2016 when he stepped '
  'into a hole while mowing a slope as a landscaper and twisted his right knee. An MRI on 07-06-2016 showed a '
  'tear of the posterior horn of the medial meniscus. Symptoms of catching and giving way continued despite '
  'eight weeks of activity modification, a knee sleeve and naproxen, and a corticosteroid injection on '
  '08-12-2016 helped for about two weeks.',
  'He underwent right knee arthroscopy with partial medial meniscectomy on 11-03-2016. At the postoperative '
  'visit of 11-10-2016 he was walking with crutches and an antalgic gait. The knee had a moderate effusion, '
  'flexion to 85 degrees, lacked 5 degrees of full extension and showed a quadriceps lag. No postoperative '
  'therapy had yet been given. The surgeon requested postoperative physical therapy for the right knee twice '
  'a week for three weeks. Utilization Review on 11-21-2016 non-certified the request, stating that a home '
  'exercise program would be sufficient.'],
 'items': [{
  'request': 'Postoperative physical therapy for the right knee, 2 times a week for 3 weeks',
  'outcome': 'Overturned',
  'ca': N('Official Disability Guidelines (ODG), Knee & Leg Chapter, Physical medicine treatment'),
  'rev': M('Postsurgical Treatment', '2009', 'Knee'),
  'rationale': [
   'The MTUS Postsurgical Treatment Guidelines govern therapy after a meniscectomy. They allow a general '
   'course of 12 visits over 12 weeks within a six-month postsurgical period, and an initial course of half '
   'that number, 6 visits, without first showing functional improvement. This request is for 6 visits, starts '
   'within a week of surgery and has had no visits counted against it. The surgeon documents an effusion, '
   'limited flexion, a lack of full extension and a quadriceps lag, which are the deficits supervised therapy '
   'is meant to correct and which a home program alone may not correct safely. The request fits the initial '
   'course exactly. The request for postoperative physical therapy for the right knee, 2 times a week for 3 '
   'weeks is medically necessary.']}],
},
{
 'file': 'header2016-05-expedited-cervical-decompression', 'layout': 'D', 'case': 'CM17-9000005',
 'injury': '2016-08-22', 'ur': '2017-01-03', 'received': '2017-01-05', 'assigned': '2017-01-06',
 'decision': '2017-01-09', 'priority': 'Expedited',
 'states': ['California', 'Nevada'], 'certs': ['Neurological Surgery'],
 'age': 58, 'sex': 'female',
 'summary': [
  'The injured worker is a 58 year old female school custodian who sustained an industrial injury on '
  '08-22-2016 when she fell about four feet from a ladder and struck her head and neck on a table. She has '
  'hypertension and type 2 diabetes, both controlled with medication. She had 8 sessions of physical therapy '
  'in September and October 2016, gabapentin 300 mg three times a day and meloxicam 15 mg daily.',
  'Over November and December 2016 she reported worsening numbness of both hands, dropping objects, trouble '
  'with buttons and a new unsteadiness when walking. On 12-20-2016 the spine surgeon found grip strength of 4 '
  'out of 5 on both sides, brisk reflexes in the arms and legs, a positive Hoffmann sign on both sides and an '
  'inability to walk heel to toe. An MRI of the cervical spine on 12-14-2016 showed a disc osteophyte complex '
  'at C5-6 with severe central canal stenosis and signal change within the spinal cord at that level. The '
  'surgeon requested anterior cervical discectomy and fusion at C5-6 with a one day inpatient stay and '
  'preoperative medical clearance, and certified that the delay posed an imminent and serious threat to her '
  'health. Utilization Review on 01-03-2017 non-certified both requests, finding that conservative care had '
  'not been exhausted. The application for Independent Medical Review was processed as expedited.'],
 'items': [
  {'request': 'Anterior cervical discectomy and fusion at C5-6 with one day inpatient stay',
   'outcome': 'Overturned',
   'ca': M('Neck and Upper Back Complaints', '2004', 'Surgical Considerations'),
   'rev': M('Neck and Upper Back Complaints', '2004', 'Surgical Considerations'),
   'rationale': [
    'The MTUS neck chapter supports surgical referral when there are severe, persistent or progressive '
    'neurologic symptoms with clear clinical and imaging evidence of a lesion that surgery is known to help. '
    'It treats progressive neurologic deficit as a red flag that does not require completing a course of '
    'conservative care. This worker has the picture of cervical myelopathy: worsening hand numbness and '
    'clumsiness, a new gait disturbance, hyperreflexia and bilateral Hoffmann signs, matched by severe '
    'stenosis with cord signal change at C5-6. Further therapy would not treat cord compression, and waiting '
    'risks a permanent deficit. A one day stay is usual after a single level anterior fusion. The request for '
    'anterior cervical discectomy and fusion at C5-6 with one day inpatient stay is medically necessary.']},
  {'request': 'Preoperative medical clearance with laboratory tests, EKG and chest x-ray',
   'outcome': 'Overturned',
   'ca': N('Official Disability Guidelines (ODG), Low Back Chapter, Preoperative testing, general'),
   'rev': N('Official Disability Guidelines (ODG), Low Back Chapter, Preoperative testing, general; '
            'Preoperative electrocardiogram (ECG)'),
   'rationale': [
    'The MTUS does not address preoperative testing, so other evidence-based guidance was used. The Official '
    'Disability Guidelines support testing before surgery when the patient\'s age, medical history and the '
    'planned procedure make the results likely to change care, and they support an electrocardiogram for '
    'patients with cardiovascular risk factors having an intermediate risk operation. This worker is 58, has '
    'hypertension and diabetes, takes medications that affect the kidneys and blood sugar, and will have '
    'general anesthesia. Because the surgery itself is supported, the clearance is supported as well. The '
    'request for preoperative medical clearance with laboratory tests, EKG and chest x-ray is medically '
    'necessary.']}],
},
{
 'file': 'header2016-06-expedited-shoulder-repair', 'layout': 'D', 'case': 'CM16-9000106',
 'injury': '2016-10-30', 'ur': '2016-12-09', 'received': '2016-12-12', 'assigned': '2016-12-13',
 'decision': '2016-12-16', 'priority': 'Expedited',
 'states': ['Florida'], 'certs': ['Orthopedic Surgery', 'Sports Medicine'],
 'age': 63, 'sex': 'male',
 'summary': [
  'The injured worker is a 63 year old male delivery driver who sustained an industrial injury on 10-30-2016 '
  'when he slipped off the rear step of his truck and caught himself with his right arm. He reported right '
  'shoulder pain that is worse at night and with reaching overhead. He has taken ibuprofen 600 mg three times '
  'a day and attended 3 sessions of physical therapy. No injection has been given.',
  'An MRI of the right shoulder on 11-28-2016 showed a partial thickness articular sided tear of the '
  'supraspinatus tendon involving about a third of its thickness, without retraction, and mild '
  'acromioclavicular joint arthrosis. On 12-01-2016 the surgeon found a painful arc, positive impingement '
  'signs, strength of 4+ out of 5 in abduction and nearly full passive motion. The surgeon requested right '
  'shoulder arthroscopic rotator cuff repair with subacromial decompression and asked for expedited review '
  'because of severe pain and poor sleep. Utilization Review on 12-09-2016 non-certified the surgery.'],
 'items': [{
  'request': 'Right shoulder arthroscopic rotator cuff repair with subacromial decompression',
  'outcome': 'Upheld',
  'ca': M('Shoulder Complaints', '2004', 'Surgical Considerations'),
  'rev': M('Shoulder Complaints', '2004', 'Surgical Considerations'),
  'rationale': [
   'The MTUS shoulder chapter supports surgical referral for red flag conditions, for activity limitation of '
   'more than four months with a lesion that surgery can fix, and for failure to gain motion and strength '
   'after an exercise program. For impingement and partial thickness cuff tears it advises conservative care, '
   'including exercise and subacromial cortisone injections, for three to six months before surgery is '
   'considered. This worker is about six weeks from his injury, has had only 3 therapy visits and no '
   'injection, and keeps nearly full motion with mild weakness. The tear is partial and not retracted. Night '
   'pain, however distressing, is not a red flag that would justify skipping conservative care. The request '
   'for right shoulder arthroscopic rotator cuff repair with subacromial decompression is not medically '
   'necessary.']}],
},
{
 'file': 'header2016-07-acupuncture', 'layout': 'D', 'case': 'CM16-9000107',
 'injury': '2015-01-20', 'ur': '2016-11-02', 'received': '2016-11-18', 'assigned': '2016-11-23',
 'decision': '2016-12-20', 'priority': 'Standard',
 'states': ['New York'], 'certs': ['Acupuncture'],
 'age': 39, 'sex': 'female',
 'summary': [
  'This is a 39-year-old female sewing machine operator with a date of injury of 01-20-2015. She developed '
  'neck and shoulder pain from repetitive work at a garment factory. Diagnoses are cervical strain and '
  'myofascial pain of the neck and both trapezius muscles. Treatment has included 12 sessions of physical '
  'therapy in 2015, ibuprofen 800 mg twice a day and cyclobenzaprine 5 mg at night.',
  'She received 12 acupuncture treatments between 06-08-2016 and 09-26-2016. The acupuncture notes say she '
  '"feels looser for a day" after each session. Pain was 6 out of 10 before the first treatment and 6 out '
  'of 10 at the re-evaluation of 10-12-2016. Her work restrictions, her medications and her neck disability '
  'index score did not change over that period. The provider requested acupuncture for the cervical spine '
  'twice a week for six weeks. Utilization Review non-certified the request on 11-02-2016.'],
 'items': [{
  'request': 'Acupuncture for the cervical spine 2 times a week for 6 weeks', 'outcome': 'Upheld',
  'ca': M('Acupuncture Treatment', '2007'),
  'rev': M('Acupuncture Treatment', '2007'),
  'rationale': [
   'The MTUS Acupuncture Medical Treatment Guidelines expect functional improvement within 3 to 6 '
   'treatments, given 1 to 3 times a week over an optimum of 1 to 2 months. Treatment may be extended only '
   'when functional improvement is documented, meaning a clinically significant gain in daily activities or a '
   'reduction in work restrictions, together with less dependence on medical treatment. This worker has had 12 '
   'treatments. Her pain score, work restrictions, disability index and medications are the same as before '
   'the first session, and the brief relief after each visit is not the lasting gain the guideline requires. '
   'The request for acupuncture for the cervical spine 2 times a week for 6 weeks is not medically '
   'necessary.']}],
},
{
 'file': 'header2016-08-chiropractic-modified', 'layout': 'D', 'case': 'CM16-9000108',
 'injury': '2016-07-25', 'ur': '2016-11-16', 'received': '2016-12-01', 'assigned': '2016-12-07',
 'decision': '2017-01-05', 'priority': 'Standard',
 'states': ['California'], 'certs': ['Chiropractic'],
 'age': 29, 'sex': 'male',
 'summary': [
  'The injured worker is a 29 year old male framing carpenter who sustained an industrial injury on '
  '07-25-2016 while carrying a bundle of lumber. The diagnosis is lumbar sprain and strain without '
  'radiculopathy. He had 6 sessions of physical therapy in August and September 2016 with partial benefit.',
  'A trial of 6 chiropractic manipulation visits was given from 10-10-2016 to 10-28-2016. The chiropractor '
  'recorded an Oswestry disability score of 46 percent before the trial and 28 percent after it, lifting '
  'tolerance rising from 15 to 35 pounds, and a return to modified duty on 10-24-2016. He used naproxen less '
  'often. On 11-02-2016 there was mild residual paraspinal tenderness and flexion to 70 degrees. The '
  'chiropractor requested chiropractic manipulation for the lumbar spine twice a week for four weeks and a '
  'lumbar support brace. The original Utilization Review of 11-16-2016 modified the manipulation request to 4 '
  'sessions and non-certified the brace.'],
 'items': [
  {'request': 'Chiropractic manipulation for the lumbar spine 2 times a week for 4 weeks',
   'outcome': 'Overturned',
   'mod': {'variant': 1, 'original': 'Chiropractic manipulation for the lumbar spine 2 times a week for 4 weeks',
           'authorized': 'chiropractic manipulation for the lumbar spine 4 sessions'},
   'ca': M(CP16, '2016', 'Manual therapy & manipulation'),
   'rev': M(CP16, '2016', 'Manual therapy & manipulation'),
   'rationale': [
    'The MTUS chronic pain guidelines recommend manipulation for low back pain of musculoskeletal origin: a '
    'trial of 6 visits over 2 weeks and, when that trial produces objective functional improvement, a total of '
    'up to 18 visits over 6 to 8 weeks. This worker\'s trial produced exactly the kind of improvement the '
    'guideline asks for: a large drop in his disability score, a higher lifting tolerance, less medication and '
    'a return to modified work. Eight more visits would bring the total to 14, within the 18 allowed, and are '
    'aimed at returning him to full duty. Chiropractic manipulation for the lumbar spine 2 times a week for 4 '
    'weeks was the original request. The Claims Administrator authorized 4 sessions, leaving the original '
    'request IMR eligible. The original request, chiropractic manipulation for the lumbar spine 2 times a week '
    'for 4 weeks, is medically necessary.']},
  {'request': 'Lumbar support brace', 'outcome': 'Upheld',
   'ca': M('Low Back Complaints', '2004', 'Physical Methods'),
   'rev': M('Low Back Complaints', '2004', 'Physical Methods'),
   'rationale': [
    'The MTUS low back chapter states that lumbar supports have not been shown to give lasting benefit beyond '
    'the acute phase of symptom relief, and it does not recommend them for prevention. This worker is more '
    'than three months from his injury, is improving with active care and has no instability, fracture or '
    'recent surgery that would call for bracing. A brace could instead encourage him to guard the back and '
    'delay reconditioning. The request for lumbar support brace is not medically necessary.']}],
},
{
 'file': 'header2016-09-lumbar-epidural', 'layout': 'D', 'case': 'CM16-9000109',
 'injury': '2013-04-15', 'ur': '2016-12-01', 'received': '2016-12-19', 'assigned': '2016-12-23',
 'decision': '2017-01-20', 'priority': 'Standard',
 'states': ['Washington'], 'certs': ['Anesthesiology', 'Pain Medicine'],
 'age': 55, 'sex': 'female',
 'summary': [
  'The injured worker is a 55 year old female hospital housekeeper who sustained an industrial injury on '
  '04-15-2013 while pushing a loaded linen cart up a ramp. She has chronic low back pain with pain spreading '
  'into both thighs. An MRI of the lumbar spine in 2014 showed mild disc bulges at L3-4 and L4-5 without '
  'nerve root compression or stenosis. Electrodiagnostic testing of both legs in 2015 was normal. Treatment '
  'has included more than 30 sessions of physical therapy, chiropractic care, duloxetine 60 mg daily and '
  'tramadol 50 mg twice a day.',
  'A left L4-5 transforaminal epidural injection on 03-09-2016 gave "some relief" for about two weeks; her '
  'medication use did not change. On 11-15-2016 she described aching in the back and both thighs that did not '
  'follow a dermatome. Straight leg raise was negative on both sides, and strength, reflexes and sensation '
  'were normal. The physician requested bilateral L4-5 and L5-S1 transforaminal epidural steroid injections '
  'under fluoroscopy. Utilization Review on 12-01-2016 non-certified the request.'],
 'items': [{
  'request': 'Bilateral L4-5 and L5-S1 transforaminal epidural steroid injections under fluoroscopy',
  'outcome': 'Upheld',
  'ca': M(CP16, '2016', 'Epidural steroid injections (ESIs)'),
  'rev': M(CP16, '2016', 'Epidural steroid injections (ESIs)'),
  'rationale': [
   'Under the MTUS chronic pain guidelines an epidural steroid injection is an option for radicular pain, '
   'meaning pain in a dermatomal pattern, when radiculopathy is found on examination and confirmed by imaging '
   'or electrodiagnostic testing, and when conservative care has failed. A repeat injection also needs proof '
   'that the last one gave at least 50 percent relief with less medication for six to eight weeks. None of '
   'this is met. Her leg pain is not dermatomal, the examination is normal, the MRI shows no nerve '
   'compression, the electrodiagnostic study was normal, and the March 2016 injection gave brief partial '
   'relief with no change in medication. The request for bilateral L4-5 and L5-S1 transforaminal epidural '
   'steroid injections under fluoroscopy is not medically necessary.']}],
},
{
 'file': 'header2016-10-eight-requests', 'layout': 'D', 'case': 'CM17-9000010',
 'injury': '2016-06-28', 'ur': '2016-12-20', 'received': '2017-01-06', 'assigned': '2017-01-11',
 'decision': '2017-02-08', 'priority': 'Standard',
 'states': ['California', 'Florida'], 'certs': ['Preventive Medicine', 'Occupational Medicine'],
 'age': 44, 'sex': 'male',
 'summary': [
  'The injured worker is a 44 year old male grocery clerk who sustained an industrial injury on 06-28-2016 '
  'when he slipped on a wet floor and landed on his right side. He has been treated for cervical strain with '
  'right arm paresthesias, lumbar strain and right shoulder strain. He completed 12 sessions of physical '
  'therapy between July and October 2016 and is working modified duty.',
  'Medications include cyclobenzaprine 10 mg three times a day since July 2016, naproxen sodium 550 mg twice '
  'a day, omeprazole 20 mg twice a day, tramadol ER 150 mg daily since 10-05-2016, and a compounded cream of '
  'flurbiprofen 20 percent, baclofen 2 percent and lidocaine 5 percent. He has no history of ulcer or '
  'bleeding and takes no aspirin, steroid or anticoagulant. At the visit of 12-06-2016 he reported neck and '
  'low back pain of 6 out of 10, down from 8 out of 10 before naproxen, and said naproxen lets him stand '
  'through a full shift. The note does not describe any added benefit from tramadol. No urine drug screen has '
  'been done. Examination showed cervical and lumbar paraspinal tenderness, a negative Spurling test, '
  'decreased light touch over the whole right hand without a dermatomal pattern, symmetric reflexes and full '
  'grip strength. The left arm was without symptoms. No TENS trial is documented.',
  'The requests of 12-13-2016 were tramadol ER, naproxen, omeprazole, cyclobenzaprine, the compounded '
  'cream, a urine drug screen, EMG/NCV of both upper extremities and the purchase of a TENS unit. Utilization '
  'Review on 12-20-2016 non-certified all eight requests.'],
 'items': [
  {'request': 'Tramadol ER 150mg #30', 'outcome': 'Upheld',
   'ca': M(CP16, '2016', 'Opioids, criteria for use'),
   'rev': M(OP16, '2016'),
   'rationale': [
    'The MTUS opioid guidance expects a trial of an opioid to have clear goals, a baseline measure of pain and '
    'function, and follow-up showing meaningful gains before it continues. Tramadol is not a first-line oral '
    'analgesic. After two months of tramadol the records credit the drop in pain to naproxen, describe no '
    'added gain in function from tramadol and contain no drug screen or risk assessment. The trial has not '
    'shown benefit. The request for Tramadol ER 150mg #30 is not medically necessary.']},
  {'request': 'Naproxen sodium 550mg #60', 'outcome': 'Overturned',
   'ca': M(CP16, '2016', 'NSAIDs (non-steroidal anti-inflammatory drugs)'),
   'rev': M(CP16, '2016', 'NSAIDs (non-steroidal anti-inflammatory drugs)'),
   'rationale': [
    'The MTUS chronic pain guidelines recommend anti-inflammatory drugs at the lowest effective dose for '
    'short-term relief of back pain and for flares of chronic pain. This worker has a documented response: '
    'pain falls from 8 to 6 out of 10 and he can stand through a full work shift. He has no stomach, kidney or '
    'heart risk factors in the file, and he is working. The benefit and the absence of harm support a further '
    'supply with continued monitoring. The request for Naproxen sodium 550mg #60 is medically necessary.']},
  {'request': 'Omeprazole 20mg #60', 'outcome': 'Upheld',
   'ca': N('Official Disability Guidelines (ODG), Pain Chapter, Proton pump inhibitors (PPIs)'),
   'rev': M(CP16, '2016', 'NSAIDs, GI symptoms & cardiovascular risk'),
   'rationale': [
    'The MTUS chronic pain guidelines support adding a proton pump inhibitor to an anti-inflammatory drug '
    'only for patients at raised risk of stomach complications: age over 65, a history of ulcer, bleeding or '
    'perforation, use of aspirin, steroids or anticoagulants, or high dose or multiple anti-inflammatory '
    'drugs. This 44 year old has none of these and reports no stomach symptoms. Long-term use carries its own '
    'risks. The request for Omeprazole 20mg #60 is not medically necessary.']},
  {'request': 'Cyclobenzaprine 10mg #90', 'outcome': 'Upheld',
   'ca': M(CP16, '2016', 'Muscle relaxants (for pain)'),
   'rev': M(CP16, '2016', 'Cyclobenzaprine (Flexeril)'),
   'rationale': [
    'The MTUS chronic pain guidelines recommend muscle relaxants only as a second-line option for short '
    'courses during acute flares, and they state that cyclobenzaprine should not be used for longer than 2 to '
    '3 weeks. This worker has taken it three times a day for about five months, and the request for 90 '
    'tablets is for a further month of daily use. No flare is described. The request for Cyclobenzaprine 10mg '
    '#90 is not medically necessary.']},
  {'request': 'Compounded cream: flurbiprofen 20%, baclofen 2%, lidocaine 5%, 180 grams', 'outcome': 'Upheld',
   'ca': NONE,
   'rev': M(CP16, '2016', 'Topical analgesics'),
   'rationale': [
    'The MTUS chronic pain guidelines call topical analgesics largely experimental and state that a '
    'compounded product containing any drug that is not recommended is itself not recommended. Topical '
    'baclofen is not recommended, and lidocaine is supported only in the form of the dermal patch, not as a '
    'cream. The compound therefore fails on two of its three ingredients, whatever the merits of the '
    'flurbiprofen. The request for compounded cream: flurbiprofen 20%, baclofen 2%, lidocaine 5%, 180 grams is '
    'not medically necessary.']},
  {'request': 'Urine drug screen', 'outcome': 'Overturned',
   'ca': N('Official Disability Guidelines (ODG), Pain Chapter, Urine drug testing (UDT)'),
   'rev': M(CP16, '2016', 'Drug testing'),
   'rationale': [
    'The MTUS chronic pain guidelines recommend urine drug screening as an option to check for the use or '
    'presence of illegal drugs and as part of monitoring a patient on opioids. This worker has been '
    'prescribed tramadol for two months without any screen. Whether tramadol continues or is tapered, a '
    'baseline screen is the kind of monitoring the guideline expects, and it will inform the next prescribing '
    'decision. The request for urine drug screen is medically necessary.']},
  {'request': 'EMG/NCV of the bilateral upper extremities', 'outcome': 'Upheld',
   'ca': M('Neck and Upper Back Complaints', '2004', 'Special Studies'),
   'rev': M('Neck and Upper Back Complaints', '2004', 'Special Studies'),
   'rationale': [
    'The MTUS neck chapter allows electrodiagnostic studies to look for subtle focal nerve dysfunction in '
    'patients with neck or arm symptoms lasting more than three or four weeks. Here the left arm has no '
    'symptoms and a normal examination, so testing it is not supported. On the right, the sensory change '
    'covers the whole hand without a nerve or root pattern, the Spurling test is negative and strength and '
    'reflexes are normal; the notes do not say what diagnosis the study would confirm or how it would change '
    'care. A bilateral study cannot be partly approved. The request for EMG/NCV of the bilateral upper '
    'extremities is not medically necessary.']},
  {'request': 'TENS unit purchase', 'outcome': 'Upheld',
   'ca': M(CP16, '2016', 'TENS, chronic pain (transcutaneous electrical nerve stimulation)'),
   'rev': M(CP16, '2016', 'TENS, chronic pain (transcutaneous electrical nerve stimulation)'),
   'rationale': [
    'The MTUS chronic pain guidelines do not recommend TENS as a primary treatment. They allow a one month '
    'home trial, preferably with a rented unit, as an adjunct to a program of functional restoration, and '
    'support purchase only after the trial shows how often the unit was used and what it did for pain and '
    'function. No trial is documented for this worker. The request for TENS unit purchase is not medically '
    'necessary.']}],
},
{
 'file': 'header2016-11-functional-restoration', 'layout': 'D', 'case': 'CM16-9000111',
 'injury': '2012-10-03', 'ur': '2016-11-10', 'received': '2016-11-28', 'assigned': '2016-12-02',
 'decision': '2016-12-30', 'priority': 'Standard',
 'states': ['Ohio', 'California'], 'states_text': 'Ohio, California',
 'certs': ['Physical Medicine & Rehabilitation', 'Pain Management'],
 'age': 50, 'sex': 'female',
 'summary': [
  'The injured worker is a 50 year old female data entry clerk who sustained a cumulative industrial injury '
  'with an end date of 10-03-2012, involving both wrists and forearms and the neck. She underwent right '
  'carpal tunnel release in 2013 and left carpal tunnel release in 2014. Diagnoses now include chronic pain '
  'syndrome, bilateral forearm myofascial pain, cervical strain and depressive disorder. She has not worked '
  'since 2013. Treatment has included more than 40 therapy visits, acupuncture, a TENS unit, injections and '
  'medications. Current medications are oxycodone 10 mg three times a day (45 mg morphine equivalents a day), '
  'gabapentin 600 mg three times a day and sertraline 100 mg daily.',
  'A functional restoration program evaluation on 10-17-2016 recorded a sitting tolerance of 20 minutes, '
  'lifting of 5 pounds and a Beck Depression Inventory score of 31. The evaluator noted that she does not '
  'expect to return to any work, that a dispute over her disability benefits is pending, and that she '
  'smokes. The report does not describe a plan for these issues or for tapering oxycodone, and it does not '
  'say whether surgery or other treatment remains an option. The program requested 160 hours of functional '
  'restoration. Utilization Review non-certified the request on 11-10-2016.'],
 'items': [{
  'request': 'Functional restoration program, 160 hours', 'outcome': 'Upheld',
  'ca': M(CP16, '2016', 'Functional restoration programs (FRPs)'),
  'rev': M(CP16, '2016', 'Chronic pain programs (functional restoration programs)'),
  'rationale': [
   'The MTUS chronic pain guidelines support a functional restoration program when a thorough evaluation '
   'with baseline testing has been done, other treatment has failed, the patient has lost significant '
   'function, is not a candidate for surgery, is motivated to change and to forgo secondary gain, and when '
   'known negative predictors of success have been addressed. Treatment should not run longer than two weeks '
   'without evidence of subjective and objective gains. This worker has several strong negative predictors '
   'that the evaluation lists but does not address: more than three years off work, daily opioid use, high '
   'psychological distress, a pending benefits dispute, smoking and no stated wish to return to work. In '
   'addition, 160 hours is about four weeks, twice the period the guideline allows before efficacy is shown. '
   'The request for functional restoration program, 160 hours is not medically necessary.']}],
},
{
 'file': 'header2016-12-psychology-and-sleep', 'layout': 'D', 'case': 'CM17-9000012',
 'injury': '2015-11-09', 'ur': '2016-12-28', 'received': '2017-01-13', 'assigned': '2017-01-19',
 'decision': '2017-02-16', 'priority': 'Standard',
 'states': ['Pennsylvania', 'California'], 'certs': ['Psychiatry'],
 'age': 36, 'sex': 'female',
 'summary': [
  'The injured worker is a 36 year old female line cook who sustained an industrial injury on 11-09-2015 when '
  'hot fryer oil splashed over her right forearm and hand, causing partial thickness burns that were treated '
  'with dressings and later skin grafting in December 2015. She has ongoing burning pain and tightness of the '
  'grafted area and has not returned to work.',
  'Since mid-2016 the treating physician has recorded poor sleep, nightmares about the accident, avoidance of '
  'kitchens and low mood. A PHQ-9 score was 18 and a GAD-7 score was 15 on 11-30-2016. She has had no mental '
  'health evaluation or treatment. She has taken zolpidem 10 mg nightly since March 2016 and reports that she '
  'still wakes several times a night. Other medications are gabapentin 300 mg three times a day and '
  'ibuprofen. The physician requested a psychological evaluation, 8 sessions of cognitive behavioral therapy '
  'and zolpidem 10 mg #30. Utilization Review on 12-28-2016 non-certified all three requests.'],
 'items': [
  {'request': 'Psychological evaluation', 'outcome': 'Overturned',
   'ca': M(CP16, '2016', 'Psychological evaluations'),
   'rev': M(CP16, '2016', 'Psychological evaluations'),
   'rationale': [
    'The MTUS chronic pain guidelines recommend psychological evaluation as a well-established way to sort '
    'out psychological factors that add to pain and disability and to plan treatment. This worker has '
    'persistent pain after a traumatic burn, screening scores in the moderately severe range for depression '
    'and anxiety, nightmares and avoidance, and she has never been evaluated. An evaluation is needed to '
    'reach a diagnosis and choose treatment. The request for psychological evaluation is medically '
    'necessary.']},
  {'request': 'Cognitive behavioral therapy, 8 sessions', 'outcome': 'Upheld',
   'ca': M(CP16, '2016', 'Behavioral interventions'),
   'rev': M(CP16, '2016', 'Behavioral interventions'),
   'rationale': [
    'The MTUS chronic pain guidelines support cognitive behavioral therapy for suitable patients, beginning '
    'with a trial of 3 to 4 visits over 2 weeks and continuing, if there is objective functional improvement, '
    'to a total of 6 to 10 visits over 5 to 6 weeks. A request for 8 visits at the outset goes beyond the '
    'initial trial, and the evaluation that should define the goals of therapy has not yet taken place. Once '
    'the evaluation is done, a trial within the guideline can be requested. The request for cognitive '
    'behavioral therapy, 8 sessions is not medically necessary.']},
  {'request': 'Zolpidem 10mg #30', 'outcome': 'Upheld',
   'ca': N('Official Disability Guidelines (ODG), Mental Illness & Stress Chapter, Zolpidem (Ambien)'),
   'rev': N('Official Disability Guidelines (ODG), Pain Chapter, Insomnia treatment'),
   'rationale': [
    'The MTUS does not address zolpidem. The Official Disability Guidelines support it only for short-term '
    'treatment of insomnia, generally two to six weeks, and advise finding and treating the cause of the '
    'sleep problem. This worker has taken zolpidem nightly for about ten months, still wakes several times a '
    'night, and her sleep problem appears tied to untreated trauma symptoms and mood. Continuing the drug '
    'does not fit the guideline, and a taper should be planned with the evaluation. The request for Zolpidem '
    '10mg #30 is not medically necessary.']}],
},
{
 'file': 'header2016-13-trigger-point-injections', 'layout': 'D', 'case': 'CM17-9000013',
 'injury': '2014-08-19', 'ur': '2016-12-22', 'received': '2017-01-04', 'assigned': '2017-01-09',
 'decision': '2017-02-06', 'priority': 'Standard',
 'states': ['New Jersey'], 'certs': ['Internal Medicine'],
 'age': 46, 'sex': 'male',
 'summary': [
  'The injured worker is a 46 year old male telephone lineman who sustained an industrial injury on '
  '08-19-2014 when his safety harness caught during a fall from a pole. He has chronic neck and upper back '
  'pain. Diagnoses are cervical strain, myofascial pain of the upper trapezius muscles and right C6 '
  'radiculopathy, the last confirmed by EMG in 2015. Treatment has included physical therapy, chiropractic '
  'care, a home exercise program, meloxicam 15 mg daily and tizanidine 4 mg at night.',
  'Trigger point injections into both upper trapezius muscles, four in all, were given on 09-14-2016. The '
  'follow-up note records about 30 percent relief for roughly ten days and no change in activity or '
  'medication. On 12-07-2016 the examination showed tender bands in both trapezius muscles; a twitch '
  'response and referred pain were not described. Right arm numbness in the thumb and index finger '
  'continued. The physician requested repeat trigger point injections to the bilateral upper trapezius, 4 '
  'injections. Utilization Review non-certified the request on 12-22-2016.'],
 'items': [{
  'request': 'Trigger point injections to the bilateral upper trapezius, 4 injections', 'outcome': 'Upheld',
  'ca': M(CP16, '2016', 'Trigger point injections'),
  'rev': M(CP16, '2016', 'Trigger point injections'),
  'rationale': [
   'The MTUS chronic pain guidelines recommend trigger point injections only for myofascial pain syndrome, '
   'and only when circumscribed trigger points with a twitch response and referred pain are documented, '
   'symptoms have lasted more than three months, other care has failed and radiculopathy is absent. Repeat '
   'injections need more than 50 percent relief for six weeks with functional improvement. This worker has a '
   'confirmed right C6 radiculopathy, the examination does not describe a twitch response or referred pain, '
   'and the last injections gave only 30 percent relief for about ten days without any gain in function. The '
   'request for trigger point injections to the bilateral upper trapezius, 4 injections is not medically '
   'necessary.']}],
},
{
 'file': 'header2016-14-home-health-and-equipment', 'layout': 'D', 'case': 'CM16-9000114',
 'injury': '2016-08-30', 'ur': '2016-11-29', 'received': '2016-12-14', 'assigned': '2016-12-20',
 'decision': '2017-01-17', 'priority': 'Standard',
 'states': ['California'], 'certs': ['Family Practice'],
 'age': 67, 'sex': 'female',
 'summary': [
  'The injured worker is a 67 year old female school cafeteria worker who sustained an industrial injury on '
  '08-30-2016 when she slipped on a wet kitchen floor and fractured her right hip. She underwent '
  'intramedullary nailing of a right intertrochanteric fracture on 08-31-2016, stayed two weeks in a skilled '
  'nursing facility, and has lived at home with her husband since 09-16-2016. She completed 12 visits of '
  'home physical therapy. A front-wheeled walker was issued at hospital discharge.',
  'On 11-15-2016 she was walking household distances with the walker and attending outpatient visits by '
  'car with her husband. She transferred in and out of bed and a chair without help. The treating physician '
  'noted that she needs help with cooking, laundry, cleaning and bathing, and requested a home health aide 8 '
  'hours a day, 7 days a week for 4 weeks, a front-wheeled walker, a shower chair and a hospital bed rental '
  'for 3 months. Utilization Review on 11-29-2016 non-certified all four requests.'],
 'items': [
  {'request': 'Home health aide 8 hours per day, 7 days per week for 4 weeks', 'outcome': 'Upheld',
   'ca': M(CP16, '2016', 'Home health services'),
   'rev': M(CP16, '2016', 'Home health services'),
   'rationale': [
    'The MTUS chronic pain guidelines support home health services only for recommended medical treatment '
    'of patients who are homebound, on a part-time or intermittent basis, and generally for no more than 35 '
    'hours a week. Homemaker services such as cooking, cleaning and laundry, and personal care such as '
    'bathing when it is the only care needed, are not medical treatment. This worker leaves home for '
    'appointments, and the tasks listed are homemaker and personal care tasks. The 56 hours a week requested '
    'also exceed the guideline limit. The request for home health aide 8 hours per day, 7 days per week for '
    '4 weeks is not medically necessary.']},
  {'request': 'Front-wheeled walker', 'outcome': 'Upheld',
   'ca': N('Official Disability Guidelines (ODG), Knee & Leg Chapter, Walking aids'),
   'rev': N('Official Disability Guidelines (ODG), Knee & Leg Chapter, Walking aids (canes, crutches, '
            'braces, orthoses, & walkers)'),
   'rationale': [
    'The MTUS does not address walkers. The Official Disability Guidelines support walking aids for patients '
    'whose pain or weakness limits safe walking. This worker does need a walker, but she already has a '
    'front-wheeled walker issued at discharge and uses it daily. The records do not say that it is damaged or '
    'unsuitable, so a second walker would duplicate equipment she already has. The request for front-wheeled '
    'walker is not medically necessary.']},
  {'request': 'Shower chair', 'outcome': 'Upheld',
   'ca': N('Official Disability Guidelines (ODG), Knee & Leg Chapter, Durable medical equipment (DME)'),
   'rev': NONE,
   'rationale': [
    'Bathroom items such as shower chairs are generally regarded as convenience items unless they are part '
    'of a medical treatment plan for a patient whose injury confines her to the bedroom or limits safe '
    'transfers. This worker transfers on her own, and the records describe no fall in the bathroom or '
    'assessment by a therapist finding that she cannot bathe safely. The request for shower chair is not '
    'medically necessary.']},
  {'request': 'Hospital bed rental for 3 months', 'outcome': 'Upheld',
   'ca': NONE,
   'rev': N('Official Disability Guidelines (ODG), Knee & Leg Chapter, Durable medical equipment (DME)'),
   'rationale': [
    'The MTUS does not address hospital beds. The Official Disability Guidelines support durable equipment '
    'that serves a medical purpose and is not useful to someone without the illness or injury. A hospital bed '
    'may be appropriate for a patient confined to bed or unable to change position or get in and out of bed. '
    'This worker sleeps in her own bed, gets in and out of it without help and walks in her home. The request '
    'for hospital bed rental for 3 months is not medically necessary.']}],
},
]
