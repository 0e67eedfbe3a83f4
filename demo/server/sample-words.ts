/**
 * Word lists for the fictional sample providers. Every name is made up by combining these lists;
 * nothing comes from real listings.
 */
export const GIVEN_NAMES = [
  'Aaliyah', 'Adrian', 'Aiko', 'Alejandro', 'Amara', 'Andre', 'Anika', 'Ben', 'Camila', 'Caroline',
  'Chen', 'Daniel', 'Deepa', 'Diego', 'Elena', 'Elijah', 'Emily', 'Farah', 'Gabriel', 'Grace',
  'Hannah', 'Hiro', 'Imani', 'Isaac', 'Jamal', 'Jasmine', 'José', 'Julia', 'Kai', 'Keisha',
  'Laura', 'Leila', 'Liam', 'Lucía', 'Malik', 'Maria', 'Marcus', 'Maya', 'Mei', 'Michael',
  'Nadia', 'Naomi', 'Noah', 'Olivia', 'Omar', 'Priya', 'Rachel', 'Rafael', 'Rosa', 'Ruth',
  'Samuel', 'Sarah', 'Sofia', 'Tariq', 'Thomas', 'Trinh', 'Valentina', 'Victor', 'Wei', 'Yasmin',
  'Zoë', 'Aaron', 'Beatriz', 'Connor', 'Dalia', 'Ethan', 'Fatima', 'Hugo', 'Ingrid', 'Jonah',
] as const;

export const FAMILY_NAMES = [
  'Abbott', 'Adeyemi', 'Alvarez', 'Anderson', 'Baker', 'Bennett', 'Brooks', 'Castillo', 'Chang', 'Chavez',
  'Cohen', 'Collins', 'Cruz', 'Dang', 'Davis', 'Delgado', 'Ellis', 'Evans', 'Fischer', 'Flores',
  'Foster', 'Garcia', 'Goldberg', 'Gonzalez', 'Gupta', 'Hall', 'Hassan', 'Hayes', 'Hernandez', 'Hughes',
  'Ibrahim', 'Jackson', 'Jensen', 'Johnson', 'Kaur', 'Khan', 'Kim', 'Kowalski', 'Larsen', 'Lee',
  'Lopez', 'Martin', 'Mehta', 'Mendoza', 'Miller', 'Mitchell', 'Morales', 'Muñoz', 'Murphy', 'Nakamura',
  'Nguyen', 'Novak', "O'Brien", 'Okafor', 'Olsen', 'Ortiz', 'Patel', 'Peña', 'Perez', 'Petrov',
  'Quinn', 'Ramirez', 'Reed', 'Reyes', 'Rivera', 'Robinson', 'Rossi', 'Russell', 'Santos', 'Sato',
  'Schmidt', 'Shah', 'Silva', 'Singh', 'Sullivan', 'Tanaka', 'Taylor', 'Thompson', 'Torres', 'Tran',
  'Turner', 'Vargas', 'Walker', 'Washington', 'Watson', 'Weiss', 'Williams', 'Wong', 'Yamamoto', 'Zhang',
] as const;

export const PRACTICE_WORDS = [
  'Cedar', 'Riverbend', 'Bright Path', 'Clearwater', 'Summit', 'Harbor', 'Evergreen', 'Lantern', 'North Star',
  'Willow', 'Open Door', 'Blue Heron', 'Stillwater', 'Juniper', 'Meridian', 'New Leaf', 'Oak Grove', 'Sunrise',
] as const;

export const STREET_NAMES = [
  'Main', 'Oak', 'Maple', 'Pine', 'Cedar', 'Elm', 'Washington', 'Lincoln', 'Park', 'Lake', 'Hill', 'River',
  'Market', 'Church', 'Spring', 'Center', 'Highland', 'Jefferson', 'Madison', 'Franklin',
] as const;

export const STREET_KINDS = ['St', 'Ave', 'Blvd', 'Rd', 'Way', 'Dr'] as const;

export const TRAININGS = [
  'Ketamine-assisted psychotherapy training (40 hours)',
  'Psychedelic integration certificate program',
  'Trauma-informed care training',
  'EMDR basic training',
  'Harm reduction practitioner course',
  'Internal Family Systems level 1',
  'Acceptance and commitment therapy intensive',
  'Motivational interviewing training',
  'Cognitive processing therapy for PTSD',
  'Infusion safety and monitoring course',
] as const;

export const APPROACHES = [
  'Sessions combine careful preparation, a supported treatment day and structured integration afterwards.',
  'Care is coordinated with each client\'s existing therapist and primary care provider.',
  'The practice offers a free 15-minute consultation before the first appointment.',
  'Treatment plans are reviewed every few weeks and adjusted with the client.',
  'The team includes a nurse on site during every treatment session.',
  'Evening and weekend appointments are available.',
] as const;
